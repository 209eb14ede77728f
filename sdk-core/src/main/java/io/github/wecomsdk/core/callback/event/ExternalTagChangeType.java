package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.WireEnum;
import io.github.wecomsdk.core.callback.CallbackHeader;

/**
 * {@code ChangeType} of {@code Event=change_external_tag}: the kind of corp customer tag change.
 * Types WeCom adds later read as {@link #UNKNOWN};
 * the raw string stays in {@link CallbackHeader#changeType()}.
 */
public enum ExternalTagChangeType implements WireEnum<String> {
    /** {@code create}: a tag or group was created. */
    CREATE("create"),
    /** {@code update}: a tag or group was renamed or edited. */
    UPDATE("update"),
    /** {@code delete}: a tag or group was deleted. */
    DELETE("delete"),
    /** {@code shuffle}: tags or groups were reordered. */
    SHUFFLE("shuffle"),
    /** A change type this SDK does not know. */
    UNKNOWN(null);

    private final String wireName;

    ExternalTagChangeType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the string WeCom sends for this type.
     *
     * @return the wire value; null for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return wireName;
    }

    /**
     * Maps WeCom's string to a constant.
     *
     * @param wire the {@code ChangeType} text, may be null
     * @return the matching constant, or {@link #UNKNOWN}; never throws
     */
    public static ExternalTagChangeType fromWire(String wire) {
        for (ExternalTagChangeType value : values()) {
            if (value != UNKNOWN && value.wireName.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
