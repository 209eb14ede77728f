package io.github.wecomsdk.media;

/** The state of a {@code media/upload_by_url} job, WeCom's {@code status}. */
public enum UrlUploadStatus {
    /** {@code 1}: WeCom is still downloading or processing the file. */
    PROCESSING(1),
    /** {@code 2}: done; the result carries the media id. */
    DONE(2),
    /** {@code 3}: failed; the result's detail carries WeCom's errcode. */
    FAILED(3),
    /** A value this SDK does not know; the raw value stays on {@link UrlUploadResult#rawStatus()}. */
    UNKNOWN(-1);

    private final int code;

    UrlUploadStatus(int code) {
        this.code = code;
    }

    /**
     * WeCom's value.
     *
     * @return 1, 2 or 3; -1 for {@link #UNKNOWN}
     */
    public int code() {
        return code;
    }

    /**
     * The status for WeCom's value.
     *
     * @param code WeCom's {@code status}
     * @return the status, {@link #UNKNOWN} for a value this SDK does not know
     */
    public static UrlUploadStatus fromCode(int code) {
        for (UrlUploadStatus status : values()) {
            if (status != UNKNOWN && status.code == code) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
