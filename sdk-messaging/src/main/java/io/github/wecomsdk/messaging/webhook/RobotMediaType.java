package io.github.wecomsdk.messaging.webhook;

import io.github.wecomsdk.core.WireEnum;

/** What a robot upload holds, WeCom's {@code type}, with WeCom's limits. */
public enum RobotMediaType implements WireEnum<String> {
    /** Any file, 6 bytes to 20 MB. */
    FILE("file", 20L * 1024 * 1024),
    /** A voice clip, AMR, at most 2 MB and 60 s. */
    VOICE("voice", 2L * 1024 * 1024),
    /** A value this SDK does not know; never uploaded. */
    UNKNOWN(null, 0);

    private final String wire;
    private final long maxBytes;

    RobotMediaType(String wire, long maxBytes) {
        this.wire = wire;
        this.maxBytes = maxBytes;
    }

    /**
     * WeCom's {@code type}.
     *
     * @return {@code file} or {@code voice}; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value WeCom's {@code type}, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for a value this SDK does not know
     */
    public static RobotMediaType fromWire(String value) {
        for (RobotMediaType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    /**
     * The largest upload WeCom takes.
     *
     * @return bytes
     */
    public long maxBytes() {
        return maxBytes;
    }
}
