package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WireEnum;

/** Where a 「联系我」 contact way is shown ({@code scene}). */
public enum ContactWayScene implements WireEnum<Integer> {
    /** 1: a contact button in a mini-program (在小程序中联系). */
    MINIPROGRAM(1),
    /** 2: a QR code (通过二维码联系). */
    QR_CODE(2),
    /** A value this SDK does not know; the raw value stays in {@link ContactWay}. Never sent. */
    UNKNOWN(null);

    private final Integer wire;

    ContactWayScene(Integer wire) {
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
    public static ContactWayScene fromWire(Integer value) {
        for (ContactWayScene constant : values()) {
            if (constant.wire != null && constant.wire.equals(value)) {
                return constant;
            }
        }
        return UNKNOWN;
    }
}
