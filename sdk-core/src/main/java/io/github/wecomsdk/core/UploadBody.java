package io.github.wecomsdk.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to upload as one multipart part, streamed from its source so memory stays flat whatever
 * its size. Made from a {@link Path} (repeatable: a retry re-reads the file), from bytes
 * (repeatable), or from an {@link InputStream} of known length (read once: never retried after
 * sending began).
 */
public final class UploadBody {

    /** Opens the content; called once per attempt. */
    @FunctionalInterface
    public interface ContentOpener {
        /**
         * Opens a fresh stream of the content.
         *
         * @return the stream, which the SDK closes
         * @throws IOException if the source cannot be read
         */
        InputStream open() throws IOException;
    }

    private final String filename;
    private final String contentType;
    private final long length;
    private final boolean repeatable;
    private final ContentOpener opener;

    private UploadBody(String filename, String contentType, long length, boolean repeatable, ContentOpener opener) {
        if (filename == null || filename.isBlank()) {
            throw new WeComValidationException("An upload needs a file name; WeCom shows it to recipients");
        }
        if (filename.indexOf('"') >= 0 || filename.indexOf('\r') >= 0 || filename.indexOf('\n') >= 0) {
            throw new WeComValidationException("An upload file name may not contain quotes or line breaks: "
                    + filename.replaceAll("[\\r\\n]", "?"));
        }
        if (length < 0) {
            throw new WeComValidationException("An upload's length must be known and not negative; got " + length);
        }
        this.filename = filename;
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.length = length;
        this.repeatable = repeatable;
        this.opener = opener;
    }

    /**
     * A file on disk, named after the path's last element.
     *
     * @param file        the file
     * @param contentType its MIME type, or {@code null} to guess from the name
     * @return the upload
     * @throws WeComValidationException if the file does not exist or cannot be read
     */
    public static UploadBody ofPath(Path file, String contentType) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new WeComValidationException("Cannot upload " + file + ": not a readable regular file");
        }
        long size;
        String type = contentType;
        try {
            size = Files.size(file);
            if (type == null) {
                type = Files.probeContentType(file);
            }
        } catch (IOException e) {
            throw new WeComValidationException("Cannot upload " + file + ": " + e.getMessage());
        }
        String name = file.getFileName() == null ? "file" : file.getFileName().toString();
        return new UploadBody(name, type, size, true, () -> Files.newInputStream(file));
    }

    /**
     * Bytes already in memory.
     *
     * @param content     the bytes (not copied: do not change them afterwards)
     * @param filename    the name WeCom records
     * @param contentType its MIME type, or {@code null} for {@code application/octet-stream}
     * @return the upload
     */
    public static UploadBody ofBytes(byte[] content, String filename, String contentType) {
        Objects.requireNonNull(content, "content");
        return new UploadBody(filename, contentType, content.length, true, () -> new ByteArrayInputStream(content));
    }

    /**
     * A stream of known length, read once. The SDK closes it after the upload.
     *
     * @param content     the stream
     * @param length      exactly how many bytes it holds
     * @param filename    the name WeCom records
     * @param contentType its MIME type, or {@code null} for {@code application/octet-stream}
     * @return the upload
     */
    public static UploadBody ofStream(InputStream content, long length, String filename, String contentType) {
        Objects.requireNonNull(content, "content");
        boolean[] opened = {false};
        return new UploadBody(filename, contentType, length, false, () -> {
            synchronized (opened) {
                if (opened[0]) {
                    throw new IOException("the upload stream of " + filename + " was already read once");
                }
                opened[0] = true;
            }
            return content;
        });
    }

    /**
     * The file name sent in the part's {@code Content-Disposition}.
     *
     * @return the name
     */
    public String filename() {
        return filename;
    }

    /**
     * The part's {@code Content-Type}.
     *
     * @return the MIME type
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The content's length in bytes.
     *
     * @return the length
     */
    public long length() {
        return length;
    }

    /**
     * Whether the content can be read again for a retry.
     *
     * @return {@code false} for a one-shot stream
     */
    public boolean repeatable() {
        return repeatable;
    }

    /**
     * Opens the content for one attempt.
     *
     * @return a stream the caller closes
     * @throws IOException if the source cannot be opened, or a one-shot stream was already read
     */
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return "UploadBody[" + filename + ", " + contentType + ", " + length + " bytes]";
    }
}
