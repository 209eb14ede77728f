package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * A message carrying a file (temporary media of type file) by its
 * {@code media_id}, from WeCom's media upload (for robots, from the webhook's own upload)
 * ({@code msgtype} {@code file}).
 *
 * @param mediaId the {@code media_id}, valid three days after upload
 */
public record FileMessage(@JsonProperty("media_id") String mediaId) implements ChatMessage, RobotMessage {

    /**
     * Checks the media id.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if the media id is blank
     */
    public FileMessage {
        Checks.notBlank(mediaId, "file.media_id");
    }

    /**
     * The message for an uploaded media id.
     *
     * @param mediaId the {@code media_id}
     * @return the message
     * @throws io.github.wecomsdk.core.WeComValidationException if the media id is blank
     */
    public static FileMessage of(String mediaId) {
        return new FileMessage(mediaId);
    }

    /**
     * The message for an uploaded file, such as a {@code RobotMedia} or {@code uploadedMedia::mediaId}.
     *
     * @param media the upload
     * @return the message
     * @throws io.github.wecomsdk.core.WeComValidationException if the upload is missing or its media id blank
     */
    public static FileMessage of(MediaReference media) {
        return of(Checks.notNull(media, "media").mediaId());
    }

    @Override
    public String msgType() {
        return "file";
    }
}
