package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.WireEnum;
import io.github.wecomsdk.core.callback.CallbackHeader;

/**
 * {@code ChangeType} of {@code Event=change_external_contact}: the kind of customer relationship change.
 * Types WeCom adds later read as {@link #UNKNOWN};
 * the raw string stays in {@link CallbackHeader#changeType()}.
 */
public enum ExternalContactChangeType implements WireEnum<String> {
    /** {@code add_external_contact}: a member added a customer. */
    ADD_EXTERNAL_CONTACT("add_external_contact"),
    /** {@code edit_external_contact}: a member edited a customer. */
    EDIT_EXTERNAL_CONTACT("edit_external_contact"),
    /** {@code add_half_external_contact}: a customer added a member who has not confirmed yet. */
    ADD_HALF_EXTERNAL_CONTACT("add_half_external_contact"),
    /** {@code del_external_contact}: a member deleted a customer. */
    DEL_EXTERNAL_CONTACT("del_external_contact"),
    /** {@code del_follow_user}: a customer deleted a member. */
    DEL_FOLLOW_USER("del_follow_user"),
    /** {@code transfer_fail}: a customer transfer failed. */
    TRANSFER_FAIL("transfer_fail"),
    /** A change type this SDK does not know. */
    UNKNOWN(null);

    private final String wireName;

    ExternalContactChangeType(String wireName) {
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
    public static ExternalContactChangeType fromWire(String wire) {
        for (ExternalContactChangeType value : values()) {
            if (value != UNKNOWN && value.wireName.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
