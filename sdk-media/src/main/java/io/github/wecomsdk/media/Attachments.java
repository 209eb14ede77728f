package io.github.wecomsdk.media;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import java.nio.file.Path;

/**
 * Attachments for customer moments and product albums ({@code media/upload_attachment}). The token
 * must come from the customer-contact secret or from an app configured under
 * 「客户联系 → 可调用接口的应用」.
 * Immutable and thread-safe.
 */
public final class Attachments {

    static final String UPLOAD_ATTACHMENT_PATH = "/cgi-bin/media/upload_attachment";

    private final WeComClient client;

    Attachments(WeComClient client) {
        this.client = client;
    }

    /**
     * Uploads an attachment ({@code POST /cgi-bin/media/upload_attachment?media_type=TYPE&attachment_type=N},
     * multipart field {@code media}), streamed from its source.
     *
     * <p>WeCom's limits, checked before sending: moments take images and videos, product albums images
     * only; every file larger than 5 bytes and at most 10 MB; images JPG or PNG, videos MP4. Not checked
     * here: moments images at most 10800 px on the long side and 1080 on the short one, moments videos at
     * most 30 s. Not retried once it may have reached WeCom.
     *
     * @param type where the attachment will be used
     * @param kind the media type: image, video or file
     * @param file the file
     * @return the media id, valid for three days, and its upload time
     * @throws WeComValidationException if a parameter is missing or a limit is broken (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for a non-zero errcode (48002: the token lacks
     *                                                   customer-contact permission)
     * @throws WeComException for network failures; the file may have reached WeCom
     */
    public UploadedMedia upload(AttachmentType type, MediaKind kind, UploadBody file) {
        UploadRules.checkAttachment(type, kind, file);
        ApiRequest request = ApiRequest.post(UPLOAD_ATTACHMENT_PATH)
                .query("media_type", kind.wireValue())
                .query("attachment_type", type.wireValue())
                .multipart("media", file)
                .build();
        return client.execute(request, UploadedMedia.class);
    }

    /**
     * Uploads an attachment from disk; see {@link #upload(AttachmentType, MediaKind, UploadBody)}.
     *
     * @param type where the attachment will be used
     * @param kind the media type: image, video or file
     * @param file the file
     * @return the media id and its upload time
     * @throws WeComValidationException if the file cannot be read or a limit is broken (nothing sent)
     */
    public UploadedMedia upload(AttachmentType type, MediaKind kind, Path file) {
        if (file == null) {
            throw new WeComValidationException("media (the file to upload) is required");
        }
        Path name = file.getFileName();
        return upload(
                type, kind, UploadBody.ofPath(file, name == null ? null : UploadRules.contentTypeFor(name.toString())));
    }

    @Override
    public String toString() {
        return "Attachments";
    }
}
