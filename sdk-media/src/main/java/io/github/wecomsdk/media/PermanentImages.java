package io.github.wecomsdk.media;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import java.nio.file.Path;

/**
 * Permanent images (上传图片, {@code media/uploadimg}) for article bodies and welcome messages: the
 * answer is a URL that does not expire, unlike a media id. Immutable and thread-safe.
 */
public final class PermanentImages {

    static final String UPLOADIMG_PATH = "/cgi-bin/media/uploadimg";

    private final WeComClient client;

    PermanentImages(WeComClient client) {
        this.client = client;
    }

    /**
     * Uploads an image and returns its permanent URL ({@code POST /cgi-bin/media/uploadimg}, multipart
     * field {@code media}), streamed from its source.
     *
     * <p>WeCom's limits: 5 bytes to 2 MB per image (checked before sending); at most 1000 images a day
     * and 3000 a month per corp (errcode 45009 beyond). The URL shows the image only inside WeCom.
     * Not retried once it may have reached WeCom.
     *
     * @param image the image, from {@link UploadBody#ofPath}, {@link UploadBody#ofStream} or
     *              {@link UploadBody#ofBytes}
     * @return the permanent URL
     * @throws WeComValidationException if the image is missing or outside 5 B to 2 MB (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for a non-zero errcode
     * @throws WeComException for network failures; the image may have reached WeCom
     */
    public UploadedImage upload(UploadBody image) {
        UploadRules.checkPermanentImage(image);
        return client.execute(
                ApiRequest.post(UPLOADIMG_PATH).multipart("media", image).build(), UploadedImage.class);
    }

    /**
     * Uploads an image file from disk; see {@link #upload(UploadBody)}.
     *
     * @param image the image file
     * @return the permanent URL
     * @throws WeComValidationException if the file cannot be read or is outside 5 B to 2 MB (nothing sent)
     */
    public UploadedImage upload(Path image) {
        if (image == null) {
            throw new WeComValidationException("media (the image to upload) is required");
        }
        Path name = image.getFileName();
        return upload(UploadBody.ofPath(image, name == null ? null : UploadRules.contentTypeFor(name.toString())));
    }

    @Override
    public String toString() {
        return "PermanentImages";
    }
}
