package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code status} of a payment to an employee in {@code querywwsptrans2pocket} ([90279]).
 */
public enum TransferStatus implements WireEnum<String> {

    /** 转账成功: paid. */
    SUCCESS("SUCCESS"),
    /** 转账失败: not paid; see the reason. */
    FAILED("FAILED"),
    /** 处理中: the outcome is not known yet. */
    PROCESSING("PROCESSING"),
    /** A value WeChat Pay added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final String wireValue;

    TransferStatus(String wireValue) {
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
    public static TransferStatus fromWire(String wire) {
        for (TransferStatus value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
