package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.core.WeComValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Small helpers for the module's records. */
final class Models {

    private Models() {}

    static Map<String, Object> others(Map<String, Object> fields) {
        return OtherFields.copyOf(fields);
    }

    static <T> List<T> list(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
    }

    /** Copies a list the caller built: {@code null} becomes empty, a {@code null} element is refused. */
    static <T> List<T> strictList(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new WeComValidationException(field + "[" + i + "] is null");
            }
        }
        return List.copyOf(values);
    }
}
