package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WireEnum;

/** The size of the corp's join QR code ({@code size_type} of {@code corp/get_join_qrcode}). */
public enum QrCodeSize implements WireEnum<Integer> {
    /** 1: 171 x 171 px. */
    PX_171(1),
    /** 2: 399 x 399 px (WeCom's default). */
    PX_399(2),
    /** 3: 741 x 741 px. */
    PX_741(3),
    /** 4: 2052 x 2052 px. */
    PX_2052(4),
    /** A value this SDK does not know; never sent. */
    UNKNOWN(null);

    private final Integer wire;

    QrCodeSize(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 1 to 4; {@code null} for {@link #UNKNOWN}
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
    public static QrCodeSize fromWire(Integer value) {
        for (QrCodeSize size : values()) {
            if (size.wire != null && size.wire.equals(value)) {
                return size;
            }
        }
        return UNKNOWN;
    }
}
