package io.github.wecomsdk.messaging.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file or voice clip uploaded for a robot, usable by the same webhook for three days.
 *
 * @param type      {@code file} or {@code voice}
 * @param mediaId   the media id for a {@link io.github.wecomsdk.messaging.message.FileMessage} or
 *                  {@link io.github.wecomsdk.messaging.message.VoiceMessage}
 * @param createdAt when it was uploaded, in Unix seconds
 */
public record RobotMedia(@JsonProperty("type") String type, @JsonProperty("media_id") String mediaId,
                         @JsonProperty("created_at") long createdAt) {
}
