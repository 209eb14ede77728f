package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.wecomsdk.core.WireEnum;

/**
 * WeCom's media types, the {@code type} of {@code media/upload} and the {@code media_type} of
 * {@code media/upload_attachment}. Each has its own size and format limits (see
 * {@link TemporaryMedia#upload(MediaKind, io.github.wecomsdk.core.UploadBody)}).
 */
public enum MediaKind implements WireEnum<String> {
    /** An image ({@code image}): JPG or PNG. */
    IMAGE("image"),
    /** A voice recording ({@code voice}): AMR only, at most 60 s. */
    VOICE("voice"),
    /** A video ({@code video}): MP4. */
    VIDEO("video"),
    /** Any other file ({@code file}). */
    FILE("file"),
    /** A value this SDK does not know yet; the raw value stays on the record that carried it. */
    UNKNOWN(null);

    private final String wire;

    MediaKind(String wire) {
        this.wire = wire;
    }

    /**
     * WeCom's name for the type, as sent in requests.
     *
     * @return {@code image}, {@code voice}, {@code video} or {@code file}; {@code null} for
     *         {@link #UNKNOWN}
     */
    @JsonValue
    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * The type WeCom named; never throws.
     *
     * @param value WeCom's name, such as {@code image}; case-insensitive
     * @return the type, or {@link #UNKNOWN} for a name this SDK does not know (or {@code null})
     */
    @JsonCreator
    public static MediaKind fromWire(String value) {
        if (value != null) {
            for (MediaKind kind : values()) {
                if (kind.wire != null && kind.wire.equalsIgnoreCase(value.strip())) {
                    return kind;
                }
            }
        }
        return UNKNOWN;
    }
}
