package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.WireEnum;

/** The kind of an app chat, from WeCom's {@code chat_type}; {@link AppChat#chatType()} keeps the raw value. */
public enum ChatType implements WireEnum<Integer> {
    /** An ordinary group ({@code 0}). */
    NORMAL(0),
    /** A course group ({@code 1}). */
    COURSE(1),
    /** A value this SDK does not know yet; the raw value stays in {@link AppChat#chatType()}. */
    UNKNOWN(null);

    private final Integer wire;

    ChatType(Integer wire) {
        this.wire = wire;
    }

    /**
     * WeCom's value.
     *
     * @return 0 or 1; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public Integer wireValue() {
        return wire;
    }

    /**
     * The kind for WeCom's value; never throws.
     *
     * @param value WeCom's {@code chat_type}, may be {@code null}
     * @return the kind, {@link #UNKNOWN} for a value this SDK does not know
     */
    public static ChatType fromWire(Integer value) {
        for (ChatType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
