package io.github.wecomsdk.contacts;

/** The kind of a custom attribute ({@code type} in {@code extattr} and {@code external_attr}). */
public enum AttributeType {
    /** {@code 0}: text. */
    TEXT(0),
    /** {@code 1}: a web link. */
    WEB(1),
    /** {@code 2}: a mini-program (only in {@code external_profile}). */
    MINIPROGRAM(2),
    /** A value this SDK does not know; the raw number stays in {@link ExtAttribute#type()}. */
    UNKNOWN(-1);

    private final int value;

    AttributeType(int value) {
        this.value = value;
    }

    /**
     * WeCom's number for this kind.
     *
     * @return the number, -1 for {@link #UNKNOWN}
     */
    public int value() {
        return value;
    }

    /**
     * The kind for WeCom's number.
     *
     * @param value the number
     * @return the kind, {@link #UNKNOWN} if not known
     */
    public static AttributeType of(int value) {
        for (AttributeType type : values()) {
            if (type.value == value && type != UNKNOWN) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
