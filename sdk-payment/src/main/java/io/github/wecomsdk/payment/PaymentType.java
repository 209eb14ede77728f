package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code payment_type} of an external-payment bill ([93667]): how the customer paid.
 */
public enum PaymentType implements WireEnum<Integer> {

    /** 在聊天中收款: in a chat. */
    IN_CHAT(0),
    /** 收款码收款: with the payment QR code. */
    QR_CODE(1),
    /** 在直播间收款: in a live stream. */
    LIVE_STREAM(2),
    /** 用产品图册收款: from the product album. */
    PRODUCT_ALBUM(3),
    /** 转账: a transfer. */
    TRANSFER(14),
    /** 小程序: in a mini program. */
    MINI_PROGRAM(15),
    /** A value WeCom added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final Integer wireValue;

    PaymentType(Integer wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public Integer wireValue() {
        return wireValue;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param wire the value as WeCom writes it, may be {@code null}
     * @return the constant, or {@link #UNKNOWN}
     */
    public static PaymentType fromWire(Integer wire) {
        for (PaymentType value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
