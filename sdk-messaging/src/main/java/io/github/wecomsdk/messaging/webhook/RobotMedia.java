package io.github.wecomsdk.messaging.webhook;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.messaging.message.MediaReference;
import java.util.Map;

/**
 * A file or voice clip uploaded for a robot, usable by the same webhook for three days.
 *
 * @param type        {@code file} or {@code voice} as WeCom sent it; see {@link #kind()}
 * @param mediaId     the media id for a {@link io.github.wecomsdk.messaging.message.FileMessage} or
 *                    {@link io.github.wecomsdk.messaging.message.VoiceMessage}
 * @param createdAt   when it was uploaded, in Unix seconds
 * @param otherFields fields WeCom sent that this record does not map
 */
public record RobotMedia(
        @JsonProperty("type") String type,
        @JsonProperty("media_id") String mediaId,
        @JsonProperty("created_at") long createdAt,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields, MediaReference {

    /** Copies the unmapped fields null-safely. */
    public RobotMedia {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The kind of upload.
     *
     * @return the kind, {@link RobotMediaType#UNKNOWN} for a value this SDK does not know
     */
    public RobotMediaType kind() {
        return RobotMediaType.fromWire(type);
    }
}
