package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WireEnum;

/** The state of an export job ({@code status} of {@code export/get_result}). */
public enum ExportStatus implements WireEnum<Integer> {
    /** 0: not started (未处理). */
    PENDING(0),
    /** 1: processing (处理中). */
    PROCESSING(1),
    /** 2: done (完成); the files are in {@link ExportResult#dataList()}. */
    DONE(2),
    /** 3: failed (异常失败). */
    FAILED(3),
    /** A value this SDK does not know; the raw value stays in {@link ExportResult#status()}. */
    UNKNOWN(null);

    private final Integer wire;

    ExportStatus(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 0 to 3; {@code null} for {@link #UNKNOWN}
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
    public static ExportStatus fromWire(Integer value) {
        for (ExportStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
