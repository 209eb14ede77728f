package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code transaction_type} of a fund-flow entry ([98100]).
 */
public enum TransactionType implements WireEnum<Integer> {

    /** 退款: a refund. */
    REFUND(1),
    /** 交易手续费: a transaction fee. */
    FEE(2),
    /** 收款: a payment received. */
    RECEIPT(3),
    /** 提现: a withdrawal. */
    WITHDRAWAL(4),
    /** 其他: anything else. */
    OTHER(5),
    /** A value WeCom added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final Integer wireValue;

    TransactionType(Integer wireValue) {
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
    public static TransactionType fromWire(Integer wire) {
        for (TransactionType value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
