package io.github.wecomsdk.messaging;

/** The day {@code message/get_statistics} counts, as WeCom's {@code time_type}. */
public enum StatisticsPeriod {
    /** Today ({@code time_type} 0). */
    TODAY(0),
    /** Yesterday ({@code time_type} 1). */
    YESTERDAY(1);

    private final int timeType;

    StatisticsPeriod(int timeType) {
        this.timeType = timeType;
    }

    /**
     * WeCom's value.
     *
     * @return 0 or 1
     */
    public int timeType() {
        return timeType;
    }
}
