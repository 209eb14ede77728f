package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@code keydata} workbench card: 1 to 4 key figures, such as "To approve: 3".
 *
 * <pre>{@code
 * KeyData.of(KeyDataItem.builder("3").key("To approve").jumpUrl("https://oa.example.com/todo").build())
 * }</pre>
 *
 * @param items       the figures ({@code items}), never {@code null}
 * @param otherFields fields WeCom sent that this record does not map, sent back when written
 */
public record KeyData(
        @JsonProperty("items") List<KeyDataItem> items,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements WorkbenchData {

    /** WeCom's largest number of figures. */
    public static final int MAX_ITEMS = 4;

    /**
     * Creates the value without checking limits ({@link #of(List)} checks them).
     *
     * @param items       the figures
     * @param otherFields unmapped fields, may be {@code null}
     * @throws io.github.wecomsdk.core.WeComValidationException if an item is {@code null}
     */
    public KeyData {
        items = Models.strictList(items, "keydata.items");
        otherFields = Models.others(otherFields);
    }

    /**
     * A card of these figures, checked against WeCom's limits.
     *
     * @param items 1 to 4 figures
     * @return the card
     * @throws io.github.wecomsdk.core.WeComValidationException if there are none, more than 4, or one breaks a
     *         limit
     */
    public static KeyData of(KeyDataItem... items) {
        return of(items == null ? null : Arrays.asList(items));
    }

    /**
     * A card of these figures, checked against WeCom's limits.
     *
     * @param items 1 to 4 figures
     * @return the card
     * @throws io.github.wecomsdk.core.WeComValidationException if there are none, more than 4, or one breaks a
     *         limit
     */
    public static KeyData of(List<KeyDataItem> items) {
        KeyData data = new KeyData(items == null ? null : new ArrayList<>(items), null);
        WorkbenchRules.check(data);
        return data;
    }

    @Override
    public WorkbenchType type() {
        return WorkbenchType.KEYDATA;
    }
}
