package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code check_name} of a payment to an employee ([90278]).
 */
public enum NameCheck implements WireEnum<String> {

    /** 不校验真实姓名: do not check the real name. */
    NO_CHECK("NO_CHECK"),
    /** 强校验真实姓名: pay only if {@code re_user_name} is the account's real name. */
    FORCE_CHECK("FORCE_CHECK"),
    /** A value WeChat Pay added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final String wireValue;

    NameCheck(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param wire the value as WeChat Pay writes it, may be {@code null}
     * @return the constant, or {@link #UNKNOWN}
     */
    public static NameCheck fromWire(String wire) {
        for (NameCheck value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
