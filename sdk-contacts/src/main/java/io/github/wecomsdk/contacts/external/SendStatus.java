package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WireEnum;

/** One recipient's state in a mass message ({@code status} of {@code get_groupmsg_send_result}). */
public enum SendStatus implements WireEnum<Integer> {
    /** 0: not sent yet (未发送). */
    NOT_SENT(0),
    /** 1: sent (已发送); {@code send_time} is set. */
    SENT(1),
    /** 2: failed, the customer is no longer a contact (因客户不是好友导致发送失败). */
    FAILED_NOT_A_CONTACT(2),
    /** 3: failed, the customer already received another mass message (因客户已经收到其他群发消息导致发送失败). */
    FAILED_ALREADY_RECEIVED(3),
    /** A value this SDK does not know; the raw value stays in {@code SendResult.status()}. */
    UNKNOWN(null);

    private final Integer wire;

    SendStatus(Integer wire) {
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
    public static SendStatus fromWire(Integer value) {
        for (SendStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
