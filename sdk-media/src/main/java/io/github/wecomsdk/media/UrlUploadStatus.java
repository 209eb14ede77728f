package io.github.wecomsdk.media;

import io.github.wecomsdk.core.WireEnum;

/** The state of a {@code media/upload_by_url} job, WeCom's {@code status}. */
public enum UrlUploadStatus implements WireEnum<Integer> {
    /** {@code 1}: WeCom is still downloading or processing the file. */
    PROCESSING(1),
    /** {@code 2}: done; the result carries the media id. */
    DONE(2),
    /** {@code 3}: failed; the result's detail carries WeCom's errcode. */
    FAILED(3),
    /** A value this SDK does not know; the raw value stays on {@link UrlUploadResult#status()}. */
    UNKNOWN(null);

    private final Integer wire;

    UrlUploadStatus(Integer wire) {
        this.wire = wire;
    }

    /**
     * WeCom's value.
     *
     * @return 1, 2 or 3; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public Integer wireValue() {
        return wire;
    }

    /**
     * The status for WeCom's value; never throws.
     *
     * @param value WeCom's {@code status}, may be {@code null}
     * @return the status, {@link #UNKNOWN} for a value this SDK does not know
     */
    public static UrlUploadStatus fromWire(Integer value) {
        for (UrlUploadStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
