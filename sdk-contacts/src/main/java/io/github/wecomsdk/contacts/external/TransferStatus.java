package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WireEnum;

/** A customer's state in a transfer ({@code status} of {@code transfer_result}, doc 94088 and 94100). */
public enum TransferStatus implements WireEnum<Integer> {
    /** 1: taken over (接替完毕). */
    DONE(1),
    /** 2: waiting; {@code takeover_time} is when it happens automatically (等待接替). */
    WAITING(2),
    /** 3: the customer refused (客户拒绝). */
    REFUSED_BY_CUSTOMER(3),
    /** 4: the receiving member has reached their customer limit (接替成员客户达到上限). */
    TAKEOVER_MEMBER_FULL(4),
    /** 5: no transfer on record (无接替记录). */
    NO_RECORD(5),
    /** A value this SDK does not know; the raw value stays in {@link TransferStatusPage.Entry#status()}. */
    UNKNOWN(null);

    private final Integer wire;

    TransferStatus(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 1 to 5; {@code null} for {@link #UNKNOWN}
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
    public static TransferStatus fromWire(Integer value) {
        for (TransferStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
