package io.github.wecomsdk.core.internal;

import io.github.wecomsdk.core.UploadBody;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/** OkHttp request bodies for the client. */
public final class Bodies {

    /** {@code application/json; charset=utf-8}. */
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private Bodies() {}

    /**
     * A JSON body. A body that is not safe to repeat is one-shot, which stops OkHttp from silently
     * sending it again after a failure once sending began.
     *
     * @param json       the serialised JSON
     * @param repeatable whether the request may be sent twice
     * @return the body
     */
    public static RequestBody json(byte[] json, boolean repeatable) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return JSON;
            }

            @Override
            public long contentLength() {
                return json.length;
            }

            @Override
            public boolean isOneShot() {
                return !repeatable;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.write(json);
            }
        };
    }

    /**
     * A multipart body with one file part, streamed from its source.
     *
     * @param field      the form field name
     * @param upload     the file
     * @param repeatable whether the request may be sent twice
     * @return the body
     */
    public static RequestBody multipart(String field, UploadBody upload, boolean repeatable) {
        RequestBody file = new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.parse(upload.contentType());
            }

            @Override
            public long contentLength() {
                return upload.length();
            }

            @Override
            public boolean isOneShot() {
                return !repeatable;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (InputStream in = upload.open();
                        Source source = Okio.source(in)) {
                    long expected = upload.length();
                    long written = 0;
                    while (written < expected) {
                        long read = source.read(sink.getBuffer(), Math.min(64 * 1024, expected - written));
                        if (read == -1) {
                            throw new IOException("the content of " + upload.filename() + " ended after " + written
                                    + " of the " + expected + " bytes declared");
                        }
                        written += read;
                        sink.emitCompleteSegments();
                    }
                }
            }
        };
        // WeCom's documented sample names the length in the disposition; file names may be UTF-8.
        Headers disposition = new Headers.Builder()
                .addUnsafeNonAscii(
                        "Content-Disposition",
                        "form-data; name=\"" + field + "\"; filename=\"" + upload.filename() + "\"; filelength="
                                + upload.length())
                .build();
        return new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addPart(MultipartBody.Part.create(disposition, file))
                .build();
    }
}
