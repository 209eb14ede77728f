package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A temporary media file WeCom holds: the answer of {@code media/upload} and
 * {@code media/upload_attachment}, and the result of a finished {@code media/upload_by_url} job.
 * The {@code media_id} is valid for {@link #LIFETIME three days} from {@link #createdAt()} and is
 * shared by every app of the corp; send it or download it before {@link #expiresAt()}.
 *
 * @param type      WeCom's media type as sent ({@code image}, {@code voice}, {@code video}, {@code file});
 *                  {@code null} for an upload-by-URL result, whose answer does not repeat it
 * @param mediaId   the media id
 * @param createdAt   when WeCom stored the file, in seconds since the epoch (WeCom sends it as a
 *                    string or a number)
 * @param otherFields fields WeCom sent that this record does not map
 */
public record UploadedMedia(
        @JsonProperty("type") String type,
        @JsonProperty("media_id") String mediaId,
        @JsonProperty("created_at") long createdAt,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /** Copies the unmapped fields null-safely. */
    public UploadedMedia {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A media file WeCom holds, without unmapped fields.
     *
     * @param type      WeCom's media type, or {@code null}
     * @param mediaId   the media id
     * @param createdAt when WeCom stored the file, in seconds since the epoch
     * @return the record
     */
    public static UploadedMedia of(String type, String mediaId, long createdAt) {
        return new UploadedMedia(type, mediaId, createdAt, null);
    }

    /** How long WeCom keeps a temporary media id: three days. */
    public static final Duration LIFETIME = Duration.ofDays(3);

    /**
     * The media type.
     *
     * @return the type, {@link MediaKind#UNKNOWN} for a value this SDK does not know or none
     */
    public MediaKind kind() {
        return MediaKind.fromWire(type);
    }

    /**
     * When WeCom stored the file.
     *
     * @return the upload time
     */
    public Instant createdTime() {
        return Instant.ofEpochSecond(createdAt);
    }

    /**
     * When the media id stops working: {@link #LIFETIME} after {@link #createdTime()}.
     *
     * @return the expiry time
     */
    public Instant expiresAt() {
        return createdTime().plus(LIFETIME);
    }

    /**
     * Whether the media id has expired by {@code clock}'s time, so that WeCom would answer 40007.
     *
     * @param clock the clock to read now from
     * @return {@code true} at or after {@link #expiresAt()}
     */
    public boolean isExpired(Clock clock) {
        return !clock.instant().isBefore(expiresAt());
    }
}
