package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.WireEnum;

/** The day {@code message/get_statistics} counts, as WeCom's {@code time_type}. */
public enum StatisticsPeriod implements WireEnum<Integer> {
    /** Today ({@code time_type} 0). */
    TODAY(0),
    /** Yesterday ({@code time_type} 1). */
    YESTERDAY(1),
    /** A value this SDK does not know; never sent. */
    UNKNOWN(null);

    private final Integer wire;

    StatisticsPeriod(Integer wire) {
        this.wire = wire;
    }

    /**
     * WeCom's value.
     *
     * @return 0 or 1; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public Integer wireValue() {
        return wire;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value WeCom's {@code time_type}, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for a value this SDK does not know
     */
    public static StatisticsPeriod fromWire(Integer value) {
        for (StatisticsPeriod period : values()) {
            if (period.wire != null && period.wire.equals(value)) {
                return period;
            }
        }
        return UNKNOWN;
    }
}
