package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WireEnum;

/** The kind of a 「联系我」 contact way ({@code type}). */
public enum ContactWayType implements WireEnum<Integer> {
    /** 1: a single member (单人). */
    SINGLE(1),
    /** 2: several members (多人). */
    MULTI(2),
    /** A value this SDK does not know; the raw value stays in {@link ContactWay}. Never sent. */
    UNKNOWN(null);

    private final Integer wire;

    ContactWayType(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return the wire value; {@code null} for {@link #UNKNOWN}
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
    public static ContactWayType fromWire(Integer value) {
        for (ContactWayType constant : values()) {
            if (constant.wire != null && constant.wire.equals(value)) {
                return constant;
            }
        }
        return UNKNOWN;
    }
}
