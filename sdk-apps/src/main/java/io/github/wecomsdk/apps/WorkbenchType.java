package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WireEnum;

/** How an app shows on the workbench (工作台): one of WeCom's templates, or the normal grid. */
public enum WorkbenchType implements WireEnum<String> {
    /** {@code keydata}: up to 4 key figures ({@link KeyData}). */
    KEYDATA("keydata"),
    /** {@code image}: one picture ({@link ImageData}). */
    IMAGE("image"),
    /** {@code list}: up to 3 lines of text ({@link ListData}). */
    LIST("list"),
    /** {@code webview}: a web page rendered in the card ({@link WebviewData}). */
    WEBVIEW("webview"),
    /** {@code normal}: no custom template; the app shows in the normal grid or list. */
    NORMAL("normal"),
    /** A type this SDK does not know; the raw value is kept beside it. */
    UNKNOWN(null);

    private final String wire;

    WorkbenchType(String wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return the type; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value the wire value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for {@code null} or a type this SDK does not know
     */
    public static WorkbenchType fromWire(String value) {
        for (WorkbenchType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
