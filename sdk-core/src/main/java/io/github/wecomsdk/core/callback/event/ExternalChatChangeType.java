package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.WireEnum;
import io.github.wecomsdk.core.callback.CallbackHeader;

/**
 * {@code ChangeType} of {@code Event=change_external_chat}: the kind of customer group change.
 * Types WeCom adds later read as {@link #UNKNOWN};
 * the raw string stays in {@link CallbackHeader#changeType()}.
 */
public enum ExternalChatChangeType implements WireEnum<String> {
    /** {@code create}: a group was created. */
    CREATE("create"),
    /** {@code update}: a group changed (see UpdateDetail). */
    UPDATE("update"),
    /** {@code dismiss}: a group was dismissed. */
    DISMISS("dismiss"),
    /** A change type this SDK does not know. */
    UNKNOWN(null);

    private final String wireName;

    ExternalChatChangeType(String wireName) {
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
    public static ExternalChatChangeType fromWire(String wire) {
        for (ExternalChatChangeType value : values()) {
            if (value != UNKNOWN && value.wireName.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
