package io.github.wecomsdk.messaging.webhook;

/** What a robot upload holds, with WeCom's limits. */
public enum RobotMediaType {
    /** Any file, 6 bytes to 20 MB. */
    FILE("file", 20L * 1024 * 1024),
    /** A voice clip, AMR, at most 2 MB and 60 s. */
    VOICE("voice", 2L * 1024 * 1024);

    private final String value;
    private final long maxBytes;

    RobotMediaType(String value, long maxBytes) {
        this.value = value;
        this.maxBytes = maxBytes;
    }

    /**
     * WeCom's {@code type}.
     *
     * @return {@code file} or {@code voice}
     */
    public String value() {
        return value;
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
