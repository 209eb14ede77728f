package io.github.wecomsdk.contacts;

import java.util.List;

/** Small helpers for the module's records. */
final class Models {

    private Models() {}

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
