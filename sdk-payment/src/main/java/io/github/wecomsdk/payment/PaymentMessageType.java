package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code ww_msg_type} of a payment to an employee ([90278]): the message the employee sees.
 */
public enum PaymentMessageType implements WireEnum<String> {

    /** 普通付款消息: a plain payment message. */
    NORMAL_MSG("NORMAL_MSG"),
    /** 审批付款消息: a payment for an approval; needs {@code approval_number}. */
    APPROVAL_MSG("APPROVAL_MSG"),
    /** A value WeChat Pay added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final String wireValue;

    PaymentMessageType(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param wire the value as WeChat Pay writes it, may be {@code null}
     * @return the constant, or {@link #UNKNOWN}
     */
    public static PaymentMessageType fromWire(String wire) {
        for (PaymentMessageType value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
