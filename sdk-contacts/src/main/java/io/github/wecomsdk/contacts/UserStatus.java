package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WireEnum;

/** A member's activation state ({@code status} in {@code user/get} and {@code user/list}). */
public enum UserStatus implements WireEnum<Integer> {
    /** 1: activated (已激活). */
    ACTIVE(1),
    /** 2: disabled (已禁用). */
    DISABLED(2),
    /** 4: not activated yet (未激活). */
    NOT_ACTIVATED(4),
    /** 5: left the corp (退出企业). */
    LEFT(5),
    /** A value this SDK does not know; the raw value stays in {@link User#status()}. */
    UNKNOWN(null);

    private final Integer wire;

    UserStatus(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 1, 2, 4 or 5; {@code null} for {@link #UNKNOWN}
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
    public static UserStatus fromWire(Integer value) {
        for (UserStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
