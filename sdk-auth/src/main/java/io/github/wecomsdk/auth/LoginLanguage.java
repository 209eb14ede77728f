package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WireEnum;

/** The {@code lang} of the web login page. */
public enum LoginLanguage implements WireEnum<String> {

    /** {@code zh}: Chinese. */
    CHINESE("zh"),
    /** {@code en}: English. */
    ENGLISH("en"),
    /** A language this SDK does not know. */
    UNKNOWN(null);

    private final String wire;

    LoginLanguage(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * The language for a wire value.
     *
     * @param wire {@code zh} or {@code en}
     * @return the language, {@link #UNKNOWN} for any other value
     */
    public static LoginLanguage fromWire(String wire) {
        for (LoginLanguage language : values()) {
            if (language.wire != null && language.wire.equals(wire)) {
                return language;
            }
        }
        return UNKNOWN;
    }
}
