package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code bill_type} of an external-payment bill ([93667]).
 */
public enum BillType implements WireEnum<Integer> {

    /** 收款记录: a payment received. */
    PAYMENT(0),
    /** 退款记录: a refund. */
    REFUND(1),
    /** A value WeCom added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final Integer wireValue;

    BillType(Integer wireValue) {
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
    public static BillType fromWire(Integer wire) {
        for (BillType value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
