package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code MsgType} values of callbacks this SDK knows, for typed routes
 * ({@link CallbackRouter.Builder#on(MsgType, CallbackListener)}) instead of strings a typo breaks silently.
 */
public enum MsgType implements WireEnum<String> {
    /** {@code text}: a text message. */
    TEXT("text"),
    /** {@code image}: an image message. */
    IMAGE("image"),
    /** {@code voice}: a voice message. */
    VOICE("voice"),
    /** {@code video}: a video message. */
    VIDEO("video"),
    /** {@code location}: a location message. */
    LOCATION("location"),
    /** {@code link}: a link message. */
    LINK("link"),
    /** {@code event}: any event (see {@link EventType} for the event names). */
    EVENT("event"),
    /** A value this SDK does not know (or none); never used as a route. */
    UNKNOWN(null);

    private final String wireValue;

    MsgType(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * Returns the value as WeCom sends it in {@code MsgType}.
     *
     * @return the wire value, null for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * Finds the constant for a wire value (case-sensitive, as WeCom sends it).
     *
     * @param wire the raw {@code MsgType} value, may be null
     * @return the constant, {@link #UNKNOWN} when none matches
     */
    public static MsgType fromWire(String wire) {
        for (MsgType value : values()) {
            if (value != UNKNOWN && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
