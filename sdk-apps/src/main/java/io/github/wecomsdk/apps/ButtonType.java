package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WireEnum;

/** The {@code type} of a custom-menu button: what happens when a member taps it. */
public enum ButtonType implements WireEnum<String> {
    /** {@code click}: WeCom sends a {@code click} event with the button's key. */
    CLICK("click", true),
    /** {@code view}: the client opens the button's URL. */
    VIEW("view", false),
    /** {@code scancode_push}: the client scans a code, shows the result and WeCom sends the result. */
    SCANCODE_PUSH("scancode_push", true),
    /** {@code scancode_waitmsg}: like {@link #SCANCODE_PUSH}, then shows "receiving message". */
    SCANCODE_WAITMSG("scancode_waitmsg", true),
    /** {@code pic_sysphoto}: the client takes a photo and sends it. */
    PIC_SYSPHOTO("pic_sysphoto", true),
    /** {@code pic_photo_or_album}: the member takes a photo or picks one from the album. */
    PIC_PHOTO_OR_ALBUM("pic_photo_or_album", true),
    /** {@code pic_weixin}: the member picks from the WeCom album. */
    PIC_WEIXIN("pic_weixin", true),
    /** {@code location_select}: the member picks a location, which WeCom sends. */
    LOCATION_SELECT("location_select", true),
    /** {@code view_miniprogram}: the client opens a page of a mini program bound to the corp. */
    VIEW_MINIPROGRAM("view_miniprogram", false),
    /** A type this SDK does not know; {@link UnknownButton#type()} keeps the raw value. */
    UNKNOWN(null, false);

    private final String wire;
    private final boolean takesKey;

    ButtonType(String wire, boolean takesKey) {
        this.wire = wire;
        this.takesKey = takesKey;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return the type, such as {@code click}; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * Whether the button carries a {@code key} that WeCom sends back in the event (every type but
     * {@code view} and {@code view_miniprogram}).
     *
     * @return {@code true} for the key types
     */
    public boolean takesKey() {
        return takesKey;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value the wire value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for {@code null} or a type this SDK does not know
     */
    public static ButtonType fromWire(String value) {
        for (ButtonType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
