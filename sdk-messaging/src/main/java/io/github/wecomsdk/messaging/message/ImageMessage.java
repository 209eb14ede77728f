package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * A message carrying an image (temporary media of type image) by its
 * {@code media_id}, as returned by WeCom's media upload ({@code msgtype} {@code image}).
 *
 * @param mediaId the {@code media_id}, valid three days after upload
 */
public record ImageMessage(@JsonProperty("media_id") String mediaId) implements ChatMessage {

    /**
     * Checks the media id.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if the media id is blank
     */
    public ImageMessage {
        Checks.notBlank(mediaId, "image.media_id");
    }

    /**
     * The message for an uploaded media id.
     *
     * @param mediaId the {@code media_id}
     * @return the message
     * @throws io.github.wecomsdk.core.WeComValidationException if the media id is blank
     */
    public static ImageMessage of(String mediaId) {
        return new ImageMessage(mediaId);
    }

    /**
     * The message for an uploaded file, such as a {@code RobotMedia} or {@code uploadedMedia::mediaId}.
     *
     * @param media the upload
     * @return the message
     * @throws io.github.wecomsdk.core.WeComValidationException if the upload is missing or its media id blank
     */
    public static ImageMessage of(MediaReference media) {
        return of(Checks.notNull(media, "media").mediaId());
    }

    @Override
    public String msgType() {
        return "image";
    }
}
