package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@code list} workbench card: 1 to 3 lines of text, each opening a page on a tap.
 *
 * @param items       the lines ({@code items}), never {@code null}
 * @param otherFields fields WeCom sent that this record does not map, sent back when written
 */
public record ListData(
        @JsonProperty("items") List<ListItem> items,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements WorkbenchData {

    /** WeCom's largest number of lines. */
    public static final int MAX_ITEMS = 3;

    /**
     * Creates the value without checking limits ({@link #of(List)} checks them).
     *
     * @param items       the lines
     * @param otherFields unmapped fields, may be {@code null}
     * @throws io.github.wecomsdk.core.WeComValidationException if a line is {@code null}
     */
    public ListData {
        items = Models.strictList(items, "list.items");
        otherFields = Models.others(otherFields);
    }

    /**
     * A card of these lines, checked against WeCom's limits.
     *
     * @param items 1 to 3 lines
     * @return the card
     * @throws io.github.wecomsdk.core.WeComValidationException if there are none, more than 3, or one breaks a
     *         limit
     */
    public static ListData of(ListItem... items) {
        return of(items == null ? null : Arrays.asList(items));
    }

    /**
     * A card of these lines, checked against WeCom's limits.
     *
     * @param items 1 to 3 lines
     * @return the card
     * @throws io.github.wecomsdk.core.WeComValidationException if there are none, more than 3, or one breaks a
     *         limit
     */
    public static ListData of(List<ListItem> items) {
        ListData data = new ListData(items == null ? null : new ArrayList<>(items), null);
        WorkbenchRules.check(data);
        return data;
    }

    @Override
    public WorkbenchType type() {
        return WorkbenchType.LIST;
    }
}
