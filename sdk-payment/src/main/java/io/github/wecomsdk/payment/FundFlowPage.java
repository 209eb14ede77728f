package io.github.wecomsdk.payment;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code externalpay/get_fund_flow}; may hold fewer entries than asked for.
 *
 * @param fundFlowList the entries
 * @param nextCursor   the next page's cursor; absent on the last page
 * @param otherFields  fields this record does not map
 */
public record FundFlowPage(
        @JsonProperty("fund_flow_list") List<FundFlow> fundFlowList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<FundFlow>, OtherFields {

    /**
     * Normalises the value.
     *
     * @param fundFlowList the entries
     * @param nextCursor   the cursor
     * @param otherFields  unmapped fields
     */
    public FundFlowPage {
        fundFlowList = Models.list(fundFlowList);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public List<FundFlow> items() {
        return fundFlowList;
    }
}
