package io.github.wecomsdk.core;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A binary answer from WeCom (a media file), open for streaming. Close it, ideally with
 * try-with-resources: it holds a connection until closed or read to the end.
 */
public final class WeComDownload implements Closeable {

    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*(?:UTF-8|utf-8)''([^;]+)");
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?");
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");

    private final Response response;
    private final ResponseBody body;
    private final InputStream stream;

    WeComDownload(Response response, InputStream stream) {
        this.response = response;
        this.body = response.body();
        this.stream = stream;
    }

    /**
     * The HTTP status: 200 for a whole file, 206 for a range.
     *
     * @return the status
     */
    public int statusCode() {
        return response.code();
    }

    /**
     * The content type WeCom sent.
     *
     * @return the MIME type, or {@code application/octet-stream} if none was sent
     */
    public String contentType() {
        String type = response.header("Content-Type");
        return type == null ? "application/octet-stream" : type;
    }

    /**
     * The length of this response's body.
     *
     * @return the length in bytes, or -1 if WeCom did not say
     */
    public long contentLength() {
        return body.contentLength();
    }

    /**
     * The file name from {@code Content-Disposition} ({@code filename*} preferred, then {@code filename}).
     *
     * @return the file name, if WeCom sent one
     */
    public Optional<String> filename() {
        String disposition = response.header("Content-Disposition");
        if (disposition == null) {
            return Optional.empty();
        }
        Matcher star = FILENAME_STAR.matcher(disposition);
        if (star.find()) {
            return Optional.of(
                    java.net.URLDecoder.decode(star.group(1).trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
        Matcher plain = FILENAME.matcher(disposition);
        return plain.find() ? Optional.of(plain.group(1).trim()) : Optional.empty();
    }

    /**
     * The first byte's offset in the whole file, from {@code Content-Range} of a 206 answer.
     *
     * @return the offset, 0 for a whole-file answer
     */
    public long rangeStart() {
        String range = response.header("Content-Range");
        if (range == null) {
            return 0;
        }
        Matcher matcher = CONTENT_RANGE.matcher(range);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /**
     * The whole file's length, from {@code Content-Range} or, for a whole-file answer, the body length.
     *
     * @return the length, or -1 if unknown
     */
    public long totalLength() {
        String range = response.header("Content-Range");
        if (range == null) {
            return response.code() == 200 ? contentLength() : -1;
        }
        Matcher matcher = CONTENT_RANGE.matcher(range);
        return matcher.find() && !"*".equals(matcher.group(3)) ? Long.parseLong(matcher.group(3)) : -1;
    }

    /**
     * A response header.
     *
     * @param name the header name
     * @return its value, if present
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(response.header(name));
    }

    /**
     * The body, streamed from the network. Read it once; closing it closes this download.
     *
     * @return the stream
     */
    public InputStream body() {
        return stream;
    }

    /** Releases the connection. */
    @Override
    public void close() {
        response.close();
    }

    @Override
    public String toString() {
        return "WeComDownload[" + statusCode() + ", " + contentType() + ", " + contentLength() + " bytes]";
    }
}
