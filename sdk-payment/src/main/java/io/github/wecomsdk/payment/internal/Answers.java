package io.github.wecomsdk.payment.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reading WeChat Pay's answer fields into records without ever failing on their shape. */
public final class Answers {

    private static final Set<String> ENVELOPE =
            Set.of("return_code", "return_msg", "result_code", "err_code", "err_code_des", "sign", "nonce_str");

    private Answers() {}

    /**
     * A text field.
     *
     * @param answer the answer
     * @param name   the field
     * @return the value, empty when absent
     */
    public static String text(Map<String, String> answer, String name) {
        String value = answer.get(name);
        return value == null ? "" : value;
    }

    /**
     * A number field (fen), 0 when absent or not a number (the raw text stays in the answer).
     *
     * @param answer the answer
     * @param name   the field
     * @return the value
     */
    public static long number(Map<String, String> answer, String name) {
        String value = answer.get(name);
        if (value == null || value.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The fields a record does not map, without the envelope ({@code return_code}, {@code sign}, ...).
     *
     * @param answer the answer
     * @param mapped the fields the record maps
     * @return an unmodifiable map
     */
    public static Map<String, Object> others(Map<String, String> answer, Set<String> mapped) {
        Map<String, Object> others = new LinkedHashMap<>();
        answer.forEach((name, value) -> {
            if (!mapped.contains(name) && !ENVELOPE.contains(name)) {
                others.put(name, value);
            }
        });
        return others.isEmpty() ? Map.of() : Collections.unmodifiableMap(others);
    }
}
