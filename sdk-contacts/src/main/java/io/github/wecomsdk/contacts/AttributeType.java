package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WireEnum;

/** The kind of a custom attribute ({@code type} in {@code extattr} and {@code external_attr}). */
public enum AttributeType implements WireEnum<Integer> {
    /** {@code 0}: text. */
    TEXT(0),
    /** {@code 1}: a web link. */
    WEB(1),
    /** {@code 2}: a mini-program (only in {@code external_profile}). */
    MINIPROGRAM(2),
    /** A value this SDK does not know; the raw number stays in {@link ExtAttribute#type()}. */
    UNKNOWN(null);

    private final Integer wire;

    AttributeType(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 0, 1 or 2; {@code null} for {@link #UNKNOWN}
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
    public static AttributeType fromWire(Integer value) {
        for (AttributeType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
