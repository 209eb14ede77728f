package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * A video by its {@code media_id} ({@code msgtype} {@code video}), with an optional title (at most
 * 128 bytes) and description (at most 512 bytes); WeCom cuts longer ones, and so does the SDK when
 * sending (on a character boundary, reported in the result; refused with the strict option).
 *
 * @param mediaId     the {@code media_id} of an uploaded video
 * @param title       the title, or {@code null}
 * @param description the description, or {@code null}
 */
public record VideoMessage(
        @JsonProperty("media_id") String mediaId,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description)
        implements ChatMessage {

    /**
     * Checks the parts.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if the media id is blank
     */
    public VideoMessage {
        Checks.notBlank(mediaId, "video.media_id");
    }

    /**
     * A video without title or description.
     *
     * @param mediaId the {@code media_id}
     * @return the message
     */
    public static VideoMessage of(String mediaId) {
        return new VideoMessage(mediaId, null, null);
    }

    /**
     * The message for an uploaded file, such as a {@code RobotMedia} or {@code uploadedMedia::mediaId}.
     *
     * @param media the upload
     * @return the message
     * @throws io.github.wecomsdk.core.WeComValidationException if the upload is missing or its media id blank
     */
    public static VideoMessage of(MediaReference media) {
        return of(Checks.notNull(media, "media").mediaId());
    }

    /**
     * A video with a title and a description.
     *
     * @param mediaId     the {@code media_id}
     * @param title       at most 128 bytes
     * @param description at most 512 bytes
     * @return the message
     */
    public static VideoMessage of(String mediaId, String title, String description) {
        return new VideoMessage(mediaId, title, description);
    }

    @Override
    public String msgType() {
        return "video";
    }
}
