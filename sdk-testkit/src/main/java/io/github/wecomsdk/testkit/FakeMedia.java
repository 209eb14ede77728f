package io.github.wecomsdk.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A file uploaded to {@link FakeWeCom} with {@code media/upload} (or a robot's
 * {@code webhook/upload_media}), as the fake stores it; see {@link FakeWeCom#media(String)}.
 */
public final class FakeMedia {

    private final String mediaId;
    private final String type;
    private final String filename;
    private final String contentType;
    private final byte[] content;
    private final Instant createdAt;

    FakeMedia(String mediaId, String type, String filename, String contentType, byte[] content, Instant createdAt) {
        this.mediaId = Objects.requireNonNull(mediaId);
        this.type = Objects.requireNonNull(type);
        this.filename = filename;
        this.contentType = contentType;
        this.content = content.clone();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The {@code media_id} the upload answered with.
     *
     * @return the media id
     */
    public String mediaId() {
        return mediaId;
    }

    /**
     * The {@code type} of the upload.
     *
     * @return {@code image}, {@code voice}, {@code video} or {@code file}
     */
    public String type() {
        return type;
    }

    /**
     * The file name of the multipart part.
     *
     * @return the file name, or {@code null} if the part had none
     */
    public String filename() {
        return filename;
    }

    /**
     * The {@code Content-Type} of the multipart part.
     *
     * @return the content type, or {@code null} if the part had none
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The bytes uploaded, a copy.
     *
     * @return the file content
     */
    public byte[] content() {
        return content.clone();
    }

    /**
     * The size of the file.
     *
     * @return the length in bytes
     */
    public int length() {
        return content.length;
    }

    /**
     * When the fake received the file, by its clock; the media id is valid for 3 days after it.
     *
     * @return the upload time
     */
    public Instant createdAt() {
        return createdAt;
    }

    byte[] contentUnsafe() {
        return content;
    }

    @Override
    public String toString() {
        return "FakeMedia[mediaId=" + mediaId + ", type=" + type + ", filename=" + filename + ", length="
                + content.length + "]";
    }
}
