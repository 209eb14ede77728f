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

    /**
     * Returns the string WeCom sends for this type, as the API convention's wire enums do.
     *
     * @return the wire value; null for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return this == UNKNOWN ? null : wireName;
    }

    /**
     * Maps WeCom's string to a constant; the same as {@link #of(String)}, named as the API convention's
     * wire enums are.
     *
     * @param wire the {@code ChangeType} text, may be null
     * @return the matching constant, or {@link #UNKNOWN}; never throws
     */
    public static ExternalTagChangeType fromWire(String wire) {
        return of(wire);
    }
}
