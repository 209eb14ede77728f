package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code status} of a corporate red packet in {@code queryworkwxredpack} ([90276]).
 */
public enum RedPacketStatus implements WireEnum<String> {

    /** 发放中: being sent; the outcome is not known yet. */
    SENDING("SENDING"),
    /** 已发放待领取: sent, not yet opened. */
    SENT("SENT"),
    /** 发放失败: sending failed; nothing was paid. */
    FAILED("FAILED"),
    /** 已领取: opened by the employee. */
    RECEIVED("RECEIVED"),
    /** 退款中: not opened in time, being refunded (WeChat Pay's spelling). */
    REFUNDING("RFUND_ING"),
    /** 已退款: not opened in time and refunded. */
    REFUNDED("REFUND"),
    /** A value WeChat Pay added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final String wireValue;

    RedPacketStatus(String wireValue) {
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
    public static RedPacketStatus fromWire(String wire) {
        for (RedPacketStatus value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
