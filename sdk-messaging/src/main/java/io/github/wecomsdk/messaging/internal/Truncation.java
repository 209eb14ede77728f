package io.github.wecomsdk.messaging.internal;

import io.github.wecomsdk.core.WeComValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fits a text into a limit WeCom documents as truncating ("超过将截断"): cut on a character boundary,
 * never inside a UTF-8 sequence or a surrogate pair, and record the field that was cut; or, in strict
 * mode, refuse with a {@link WeComValidationException} naming the field, the limit and the size.
 * Not thread-safe: one instance per send.
 */
public final class Truncation {

    private final boolean strict;
    private final List<String> truncated;

    /**
     * Starts a pass over one message.
     *
     * @param strict    whether to refuse instead of cutting
     * @param truncated where the names of cut fields are added
     */
    public Truncation(boolean strict, List<String> truncated) {
        this.strict = strict;
        this.truncated = truncated;
    }

    /**
     * Fits a text into {@code maxBytes} bytes of UTF-8.
     *
     * @param value    the text, or {@code null}
     * @param maxBytes the limit in UTF-8 bytes
     * @param field    WeCom's field name, for the report or the refusal
     * @return the text, cut after the last whole character that fits
     * @throws WeComValidationException in strict mode, if the text is longer
     */
    public String bytes(String value, int maxBytes, String field) {
        if (value == null) {
            return null;
        }
        int length = value.getBytes(StandardCharsets.UTF_8).length;
        if (length <= maxBytes) {
            return value;
        }
        refuseIfStrict(field, maxBytes + " bytes in UTF-8", length + " bytes");
        note(field);
        return prefixWithinBytes(value, maxBytes);
    }

    /**
     * Fits a text into {@code maxChars} characters (Unicode code points).
     *
     * @param value    the text, or {@code null}
     * @param maxChars the limit in characters
     * @param field    WeCom's field name
     * @return the text, cut after the last whole character that fits
     * @throws WeComValidationException in strict mode, if the text is longer
     */
    public String chars(String value, int maxChars, String field) {
        if (value == null) {
            return null;
        }
        int count = value.codePointCount(0, value.length());
        if (count <= maxChars) {
            return value;
        }
        refuseIfStrict(field, maxChars + " characters", count + " characters");
        note(field);
        return value.substring(0, value.offsetByCodePoints(0, maxChars));
    }

    private void note(String field) {
        if (!truncated.contains(field)) {
            truncated.add(field);
        }
    }

    private void refuseIfStrict(String field, String limit, String size) {
        if (strict) {
            throw new WeComValidationException(field + " may be at most " + limit + " (WeCom would cut it); got " + size
                    + " and the strict option refuses to cut");
        }
    }

    /**
     * The longest prefix of whole code points that takes at most {@code maxBytes} bytes in UTF-8.
     *
     * @param value    the text
     * @param maxBytes the limit
     * @return the prefix
     */
    static String prefixWithinBytes(String value, int maxBytes) {
        int bytes = 0;
        int index = 0;
        while (index < value.length()) {
            int codePoint = value.codePointAt(index);
            int size = utf8Length(codePoint);
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            index += Character.charCount(codePoint);
        }
        return value.substring(0, index);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
