package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code get_unassigned_list}: customers of resigned members, awaiting assignment.
 *
 * @param info       the customers
 * @param isLast     whether this is the last page
 * @param nextCursor the next page's cursor; empty on the last page (also when {@code is_last} says so)
 * @param otherFields fields WeCom sent that this record does not map
 */
public record UnassignedPage(
        @JsonProperty("info") List<Entry> info,
        @JsonProperty("is_last") boolean isLast,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<UnassignedPage.Entry>, OtherFields {

    /**
     * Creates the value; the list is copied, and the cursor is emptied on the last page.
     *
     * @param info the customers
     * @param isLast whether this is the last page
     * @param nextCursor the next page's cursor; empty on the last page (also when {@code is_last} says so)
     * @param otherFields unmapped fields, may be {@code null}
     */
    public UnassignedPage {
        otherFields = OtherFields.copyOf(otherFields);
        info = info == null ? List.of() : List.copyOf(info);
        nextCursor = isLast || nextCursor == null ? "" : nextCursor;
    }

    @Override
    public List<Entry> items() {
        return info;
    }

    /**
     * A customer awaiting assignment.
     *
     * @param handoverUserId the resigned member
     * @param externalUserId the customer (or the chat id of a group)
     * @param dimissionTime  when the member resigned (Unix seconds)
     * @param otherFields    fields WeCom sent that this record does not map
     */
    public record Entry(
            @JsonProperty("handover_userid") String handoverUserId,
            @JsonProperty("external_userid") String externalUserId,
            @JsonProperty("dimission_time") long dimissionTime,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Entry {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
