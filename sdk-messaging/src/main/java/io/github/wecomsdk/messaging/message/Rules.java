package io.github.wecomsdk.messaging.message;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by the message types, on top of {@link Checks}; each names the field and the limit. */
final class Rules {

    private static final Pattern TASK_ID = Pattern.compile("[0-9A-Za-z_\\-@]+");

    private Rules() {}

    static <T> List<T> copy(List<? extends T> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new WeComValidationException(field + " has a null entry at index " + index);
            }
            copy.add(value);
            index++;
        }
        return Collections.unmodifiableList(copy);
    }

    static <T> List<T> count(List<T> values, int min, int max, String field) {
        int size = values == null ? 0 : values.size();
        if (size < min || size > max) {
            throw new WeComValidationException(field + " takes "
                    + (min == max ? String.valueOf(min) : min + " to " + max) + " entries; got " + size);
        }
        return values;
    }

    static String text(String value, int maxBytes, String field) {
        Checks.notBlank(value, field);
        return Checks.maxBytes(value, maxBytes, field);
    }

    static String url(String value, int maxBytes, String field) {
        if (value == null) {
            return null;
        }
        Checks.notBlank(value, field);
        Checks.maxBytes(value, maxBytes, field);
        String lower = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new WeComValidationException(field + " must be an http:// or https:// URL; got '" + value + "'");
        }
        return value;
    }

    static String taskId(String value) {
        if (value == null) {
            return null;
        }
        Checks.notBlank(value, "task_id");
        Checks.maxBytes(value, TemplateCard.MAX_TASK_ID_BYTES, "task_id");
        if (!TASK_ID.matcher(value).matches()) {
            throw new WeComValidationException(
                    "task_id may contain only digits, letters and _-@ ; got '" + value + "'");
        }
        return value;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new WeComValidationException(message);
        }
    }

    static int range(Integer value, int min, int max, String field) {
        if (value == null) {
            return min;
        }
        return (int) Checks.range(value, min, max, field);
    }
}
