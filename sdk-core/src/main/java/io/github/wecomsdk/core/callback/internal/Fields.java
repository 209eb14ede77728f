package io.github.wecomsdk.core.callback.internal;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.XmlElement;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads typed values out of callback fields; a malformed number becomes a {@link CallbackException}, never
 * a {@link NumberFormatException}. Not part of the public API.
 */
public final class Fields {

    private Fields() {
    }

    /**
     * Reads a whole number; absent or empty reads as 0.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value
     * @throws CallbackException when the text is not a number
     */
    public static long longOrZero(XmlElement e, String field) {
        Long value = optLong(e, field);
        return value == null ? 0L : value;
    }

    /**
     * Reads a whole number; absent or empty reads as null.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value or null
     * @throws CallbackException when the text is not a number
     */
    public static Long optLong(XmlElement e, String field) {
        return parseLong(e.childText(field), field);
    }

    /**
     * Reads a whole number as an {@link OptionalLong}; absent or empty reads as empty.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value
     * @throws CallbackException when the text is not a number
     */
    public static OptionalLong optionalLong(XmlElement e, String field) {
        Long value = optLong(e, field);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /**
     * Reads a small whole number; absent or empty reads as null.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value or null
     * @throws CallbackException when the text is not a number that fits an int
     */
    public static Integer optInt(XmlElement e, String field) {
        Long value = optLong(e, field);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw malformed(field);
        }
        return value.intValue();
    }

    /**
     * Reads a small whole number; absent or empty reads as 0.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value
     * @throws CallbackException when the text is not a number that fits an int
     */
    public static int intOrZero(XmlElement e, String field) {
        Integer value = optInt(e, field);
        return value == null ? 0 : value;
    }

    /**
     * Reads a decimal number; absent or empty reads as NaN.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value or NaN
     * @throws CallbackException when the text is not a decimal number
     */
    public static double doubleOrNaN(XmlElement e, String field) {
        String text = e.childText(field);
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw malformed(field);
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            throw malformed(field);
        }
    }

    /**
     * Parses a whole number; null or blank reads as null.
     *
     * @param text  the text
     * @param field the field name, for the error message
     * @return the value or null
     * @throws CallbackException when the text is not a number that fits a long
     */
    public static Long parseLong(String text, String field) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        if (i == t.length() || t.length() - i > 19) {
            throw malformed(field);
        }
        long value = 0;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(field);
            }
            if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
                throw malformed(field);
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    /**
     * Splits a comma-separated list; absent reads as null, empty as an empty list.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the trimmed, non-empty items, or null when the field is absent
     */
    public static List<String> optStrings(XmlElement e, String field) {
        String text = e.childText(field);
        if (text == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String item : text.split(",")) {
            String t = item.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Splits a comma-separated list of numbers; absent reads as null, empty as an empty list.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the numbers, or null when the field is absent
     * @throws CallbackException when an item is not a number
     */
    public static List<Long> optLongs(XmlElement e, String field) {
        List<String> items = optStrings(e, field);
        if (items == null) {
            return null;
        }
        List<Long> out = new ArrayList<>(items.size());
        for (String item : items) {
            out.add(parseLong(item, field));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the texts of every element at a path below {@code e}.
     *
     * @param e    the parent element
     * @param path a slash-separated path
     * @return the texts, in document order
     */
    public static List<String> texts(XmlElement e, String path) {
        List<XmlElement> found = e.select(path);
        List<String> out = new ArrayList<>(found.size());
        for (XmlElement x : found) {
            out.add(x.text());
        }
        return List.copyOf(out);
    }

    private static CallbackException malformed(String field) {
        return new CallbackException(Reason.MALFORMED_FIELD, "field " + field + " is not a valid number");
    }
}
