package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WireEnum;

/** A member's gender as {@code auth/getuserdetail} sends it. */
public enum Gender implements WireEnum<String> {

    /** {@code "0"}: not set, or the member did not consent to {@code snsapi_privateinfo}. */
    UNDEFINED("0"),
    /** {@code "1"}. */
    MALE("1"),
    /** {@code "2"}. */
    FEMALE("2"),
    /** A value this SDK does not know. */
    UNKNOWN(null);

    private final String wire;

    Gender(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * The gender for a wire value.
     *
     * @param wire {@code "0"}, {@code "1"} or {@code "2"}
     * @return the gender, {@link #UNKNOWN} for any other value
     */
    public static Gender fromWire(String wire) {
        for (Gender gender : values()) {
            if (gender.wire != null && gender.wire.equals(wire)) {
                return gender;
            }
        }
        return UNKNOWN;
    }
}
