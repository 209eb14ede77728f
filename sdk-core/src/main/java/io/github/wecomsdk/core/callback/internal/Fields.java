package io.github.wecomsdk.core.callback.internal;

import io.github.wecomsdk.core.callback.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads typed values out of callback fields, leniently: a value that does not parse reads as absent (null,
 * 0, NaN or empty), never as an exception, so one odd field never sinks a whole callback; its raw text stays
 * readable through {@code CallbackMessage.get}. Not part of the public API.
 */
public final class Fields {

    private Fields() {}

    /**
     * Reads a whole number; absent or empty reads as 0.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value
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
     */
    public static Integer optInt(XmlElement e, String field) {
        Long value = optLong(e, field);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return null;
        }
        return value.intValue();
    }

    /**
     * Reads a small whole number; absent or empty reads as 0.
     *
     * @param e     the parent element
     * @param field the child name
     * @return the value
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
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    /**
     * Parses a whole number; null or blank reads as null.
     *
     * @param text  the text
     * @param field the field name, for the error message
     * @return the value, or null when absent or not a number that fits a long
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
            return null;
        }
        long value = 0;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9' || value > (Long.MAX_VALUE - (c - '0')) / 10) {
                return null;
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
     * @return the numbers, or null when the field is absent or an item is not a number
     */
    public static List<Long> optLongs(XmlElement e, String field) {
        List<String> items = optStrings(e, field);
        if (items == null) {
            return null;
        }
        List<Long> out = new ArrayList<>(items.size());
        for (String item : items) {
            Long value = parseLong(item, field);
            if (value == null) {
                return null;
            }
            out.add(value);
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
}
