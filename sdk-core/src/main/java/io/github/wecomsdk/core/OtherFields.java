package io.github.wecomsdk.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record decoded from WeCom that keeps the fields it does not map, so a field WeCom adds later is
 * reachable before the SDK models it, and never makes decoding fail.
 *
 * <p>The convention every response record follows: a last component
 * {@code @JsonAnySetter Map<String, Object> otherFields}, normalised in the compact constructor with
 * {@link #copyOf(Map)}.
 */
public interface OtherFields {

    /**
     * Fields WeCom sent that this record does not map ({@code errcode} and {@code errmsg} excluded).
     *
     * @return an unmodifiable map, empty when there were none; values are what Jackson decodes
     *         ({@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code List}, {@code Map}
     *         or {@code null})
     */
    Map<String, Object> otherFields();

    /**
     * Copies the unmapped fields null-safely: a missing map becomes empty, JSON nulls are kept as
     * {@code null} values, and WeCom's envelope fields {@code errcode}/{@code errmsg} are dropped.
     *
     * @param fields what {@code @JsonAnySetter} collected; may be {@code null}
     * @return an unmodifiable copy
     */
    static Map<String, Object> copyOf(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.remove("errcode");
        copy.remove("errmsg");
        return copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
    }
}
