package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WireEnum;

/** The state of an asynchronous import job ({@code status} of {@code batch/getresult}). */
public enum JobStatus implements WireEnum<Integer> {
    /** 1: accepted, not started (任务开始). */
    STARTED(1),
    /** 2: running (处理中). */
    RUNNING(2),
    /** 3: finished (已完成); per-row results are in {@link BatchJobResult#result()}. */
    DONE(3),
    /** A value this SDK does not know; the raw value stays in {@link BatchJobResult#status()}. */
    UNKNOWN(null);

    private final Integer wire;

    JobStatus(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 1 to 3; {@code null} for {@link #UNKNOWN}
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
    public static JobStatus fromWire(Integer value) {
        for (JobStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
