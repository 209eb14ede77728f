package io.github.wecomsdk.media;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;

/**
 * WeCom materials (素材管理), made from a client:
 *
 * <pre>{@code
 * Media media = Media.of(client);
 * UploadedMedia photo = media.temporary().upload(MediaKind.IMAGE, Path.of("photo.jpg"));
 * media.temporary().download(photo.mediaId(), Path.of("copy.jpg"));
 * String url = media.images().upload(Path.of("banner.png")).url();
 * }</pre>
 *
 * <p>Each service is small and focused: {@link #temporary()} for media ids (upload, download, JS-SDK
 * voice), {@link #images()} for permanent image URLs, {@link #urlUploads()} for large files WeCom
 * fetches from a URL, {@link #attachments()} for moments and product albums. Immutable and
 * thread-safe; cheap to make.
 */
public final class Media {

    private final TemporaryMedia temporary;
    private final PermanentImages images;
    private final UrlUploads urlUploads;
    private final Attachments attachments;

    private Media(WeComClient client) {
        this.temporary = TemporaryMedia.defaults(client);
        this.images = new PermanentImages(client);
        this.urlUploads = UrlUploads.defaults(client);
        this.attachments = new Attachments(client);
    }

    /**
     * The materials API on {@code client}; any app's token may call most of it (upload-by-URL and
     * attachments need customer-contact permission).
     *
     * @param client the client
     * @return the entry point
     * @throws WeComValidationException if the client is null
     */
    public static Media of(WeComClient client) {
        if (client == null) {
            throw new WeComValidationException("client is required");
        }
        return new Media(client);
    }

    /**
     * Temporary media: {@code media/upload}, {@code media/get}, {@code media/get/jssdk}.
     *
     * @return the service
     */
    public TemporaryMedia temporary() {
        return temporary;
    }

    /**
     * Permanent images: {@code media/uploadimg}.
     *
     * @return the service
     */
    public PermanentImages images() {
        return images;
    }

    /**
     * Asynchronous uploads from a URL: {@code media/upload_by_url}, {@code media/get_upload_by_url_result}.
     *
     * @return the service
     */
    public UrlUploads urlUploads() {
        return urlUploads;
    }

    /**
     * Attachments for moments and product albums: {@code media/upload_attachment}.
     *
     * @return the service
     */
    public Attachments attachments() {
        return attachments;
    }

    @Override
    public String toString() {
        return "Media";
    }
}
