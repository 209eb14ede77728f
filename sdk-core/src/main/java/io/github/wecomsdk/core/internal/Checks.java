package io.github.wecomsdk.core.internal;

import io.github.wecomsdk.core.WeComValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Input checks shared by every module, each failing with a {@link WeComValidationException} that
 * names the field and WeCom's limit, before any request is sent.
 */
public final class Checks {

    private Checks() {}

    /**
     * Requires a non-null, non-blank string.
     *
     * @param value the value
     * @param field WeCom's field name, for the message
     * @return the value
     */
    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new WeComValidationException(field + " is required and may not be blank");
        }
        return value;
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value
     * @param field WeCom's field name, for the message
     * @param <T>   the value's type
     * @return the value
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new WeComValidationException(field + " is required");
        }
        return value;
    }

    /**
     * Requires a string of at most {@code maxChars} characters (when present).
     *
     * @param value    the value, or {@code null}
     * @param maxChars WeCom's limit in characters
     * @param field    WeCom's field name
     * @return the value
     */
    public static String maxChars(String value, int maxChars, String field) {
        if (value != null && value.codePointCount(0, value.length()) > maxChars) {
            throw new WeComValidationException(field + " may be at most " + maxChars + " characters; got "
                    + value.codePointCount(0, value.length()));
        }
        return value;
    }

    /**
     * Requires a string of at most {@code maxBytes} bytes in UTF-8 (when present); WeCom counts many
     * limits in bytes, where a Chinese character takes 3.
     *
     * @param value    the value, or {@code null}
     * @param maxBytes WeCom's limit in UTF-8 bytes
     * @param field    WeCom's field name
     * @return the value
     */
    public static String maxBytes(String value, int maxBytes, String field) {
        if (value != null) {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                throw new WeComValidationException(
                        field + " may be at most " + maxBytes + " bytes in UTF-8; got " + bytes);
            }
        }
        return value;
    }

    /**
     * Requires a non-empty collection with no null or blank element.
     *
     * @param values the ids
     * @param field  WeCom's field name
     * @param <C>    the collection type
     * @return the collection
     */
    public static <C extends Collection<?>> C notEmptyIds(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw new WeComValidationException(field + " must name at least one id");
        }
        return noBlankIds(values, field);
    }

    /**
     * Requires that no element is null or blank (an empty or null collection passes).
     *
     * @param values the ids, or {@code null}
     * @param field  WeCom's field name
     * @param <C>    the collection type
     * @return the collection
     */
    public static <C extends Collection<?>> C noBlankIds(C values, String field) {
        if (values != null) {
            int index = 0;
            for (Object value : values) {
                if (value == null
                        || (value instanceof CharSequence text
                                && text.toString().isBlank())) {
                    throw new WeComValidationException(field + " has a null or blank id at index " + index);
                }
                index++;
            }
        }
        return values;
    }

    /**
     * Requires at most {@code max} elements (when present).
     *
     * @param values the collection, or {@code null}
     * @param max    WeCom's limit per call
     * @param field  WeCom's field name
     * @param <C>    the collection type
     * @return the collection
     */
    public static <C extends Collection<?>> C maxSize(C values, int max, String field) {
        if (values != null && values.size() > max) {
            throw new WeComValidationException(
                    field + " takes at most " + max + " entries per call; got " + values.size());
        }
        return values;
    }

    /**
     * Requires {@code min <= value <= max}.
     *
     * @param value the value
     * @param min   the smallest allowed
     * @param max   the largest allowed
     * @param field WeCom's field name
     * @return the value
     */
    public static long range(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new WeComValidationException(field + " must be between " + min + " and " + max + "; got " + value);
        }
        return value;
    }
}
