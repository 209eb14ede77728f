package io.github.wecomsdk.payment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Small helpers for the module's records. */
final class Models {

    private Models() {}

    static <T> List<T> list(List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values);
        copy.removeIf(Objects::isNull);
        return Collections.unmodifiableList(copy);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
