package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WireEnum;

/** The height of a {@code webview} workbench card ({@code height}). */
public enum WebviewHeight implements WireEnum<String> {
    /** {@code single_row}: 106 px, 147 px with the title hidden. */
    SINGLE_ROW("single_row"),
    /** {@code double_row}: 171 px, 212 px with the title hidden; WeCom's default. */
    DOUBLE_ROW("double_row"),
    /** A value this SDK does not know; {@link WebviewData#height()} keeps the raw value. */
    UNKNOWN(null);

    private final String wire;

    WebviewHeight(String wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return the height; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value the wire value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for {@code null} or a value this SDK does not know
     */
    public static WebviewHeight fromWire(String value) {
        for (WebviewHeight height : values()) {
            if (height.wire != null && height.wire.equals(value)) {
                return height;
            }
        }
        return UNKNOWN;
    }
}
