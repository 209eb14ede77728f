package io.github.wecomsdk.payment;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code externalpay/get_bill_list}; may hold fewer bills than asked for (WeCom drops
 * bills of members outside the app's visibility).
 *
 * @param billList    the bills
 * @param nextCursor  the next page's cursor; absent on the last page
 * @param otherFields fields this record does not map
 */
public record BillPage(
        @JsonProperty("bill_list") List<Bill> billList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<Bill>, OtherFields {

    /**
     * Normalises the value.
     *
     * @param billList    the bills
     * @param nextCursor  the cursor
     * @param otherFields unmapped fields
     */
    public BillPage {
        billList = Models.list(billList);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public List<Bill> items() {
        return billList;
    }
}
