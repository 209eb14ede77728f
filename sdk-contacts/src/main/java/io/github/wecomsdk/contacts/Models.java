package io.github.wecomsdk.contacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for the module's records. */
final class Models {

    private Models() {
    }

    static Map<String, Object> others(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.remove("errcode");
        copy.remove("errmsg");
        return Collections.unmodifiableMap(copy);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
