package io.github.wecomsdk.messaging;

/** The kind of an app chat, from WeCom's {@code chat_type}; {@link AppChat#chatTypeCode()} keeps the raw value. */
public enum ChatType {
    /** An ordinary group ({@code 0}). */
    NORMAL,
    /** A course group ({@code 1}). */
    COURSE,
    /** A value this SDK does not know yet. */
    UNKNOWN;

    /**
     * The kind for WeCom's value.
     *
     * @param code WeCom's {@code chat_type}
     * @return the kind, {@link #UNKNOWN} for a value this SDK does not know
     */
    public static ChatType of(int code) {
        return switch (code) {
            case 0 -> NORMAL;
            case 1 -> COURSE;
            default -> UNKNOWN;
        };
    }
}
