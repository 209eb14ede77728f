package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WireEnum;

/** Who a customer is ({@code type} of {@code external_contact}, doc 92114). */
public enum CustomerType implements WireEnum<Integer> {
    /** 1: a WeChat user (微信用户). */
    WECHAT(1),
    /** 2: a WeCom user of another corp (企业微信用户). */
    WECOM(2),
    /** A value this SDK does not know; the raw value stays in {@link ExternalContact#type()}. */
    UNKNOWN(null);

    private final Integer wire;

    CustomerType(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 1 or 2; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public Integer wireValue() {
        return wire;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value the wire value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for {@code null} or a value this SDK does not know
     */
    public static CustomerType fromWire(Integer value) {
        for (CustomerType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
