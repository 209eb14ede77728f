package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WireEnum;

/** A customer group's transfer state ({@code status} of {@code groupchat/list}). */
public enum GroupChatStatus implements WireEnum<Integer> {
    /** 0: normal (跟进人正常). */
    NORMAL(0),
    /** 1: the owner resigned, awaiting transfer (跟进人离职). */
    AWAITING_TRANSFER(1),
    /** 2: transfer in progress (离职继承中). */
    TRANSFERRING(2),
    /** 3: transferred (离职继承完成). */
    TRANSFERRED(3),
    /** A value this SDK does not know; the raw value stays in {@link GroupChatPage.Entry#status()}. */
    UNKNOWN(null);

    private final Integer wire;

    GroupChatStatus(Integer wire) {
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
    public static GroupChatStatus fromWire(Integer value) {
        for (GroupChatStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
