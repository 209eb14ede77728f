package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WireEnum;

/** Which e-mail {@code user/get_userid_by_email} looks up ({@code email_type}). */
public enum EmailType implements WireEnum<Integer> {
    /** 1: the corp e-mail (企业邮箱). */
    CORP(1),
    /** 2: the personal e-mail (个人邮箱). */
    PERSONAL(2),
    /** A value this SDK does not know; never sent. */
    UNKNOWN(null);

    private final Integer wire;

    EmailType(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 1 or 2; {@code null} for {@link #UNKNOWN}
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
    public static EmailType fromWire(Integer value) {
        for (EmailType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
