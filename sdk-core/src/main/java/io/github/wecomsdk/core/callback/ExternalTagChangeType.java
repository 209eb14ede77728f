package io.github.wecomsdk.core.callback;

/**
 * {@code ChangeType} of {@code Event=change_external_tag}: the kind of corp customer tag change.
 * Types WeCom adds later read as {@link #UNKNOWN};
 * the raw string stays in {@link CallbackHeader#changeType()}.
 */
public enum ExternalTagChangeType {
    /** {@code create}: a tag or group was created. */
    CREATE("create"),
    /** {@code update}: a tag or group was renamed or edited. */
    UPDATE("update"),
    /** {@code delete}: a tag or group was deleted. */
    DELETE("delete"),
    /** {@code shuffle}: tags or groups were reordered. */
    SHUFFLE("shuffle"),
    /** A change type this SDK does not know. */
    UNKNOWN("");

    private final String wireName;

    ExternalTagChangeType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the string WeCom sends for this type.
     *
     * @return the wire name; empty for {@link #UNKNOWN}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Maps WeCom's string to a constant.
     *
     * @param raw the {@code ChangeType} text, may be null
     * @return the matching constant, or {@link #UNKNOWN}
     */
    public static ExternalTagChangeType of(String raw) {
        for (ExternalTagChangeType value : values()) {
            if (value != UNKNOWN && value.wireName.equals(raw)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
