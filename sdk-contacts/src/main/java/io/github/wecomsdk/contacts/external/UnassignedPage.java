package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code get_unassigned_list}: customers of resigned members, awaiting assignment.
 *
 * @param info       the customers
 * @param isLast     whether this is the last page
 * @param nextCursor the next page's cursor; empty on the last page (also when {@code is_last} says so)
 */
public record UnassignedPage(
        @JsonProperty("info") List<Entry> info,
        @JsonProperty("is_last") boolean isLast,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<UnassignedPage.Entry> {

    /**
     * Creates the value; the list is copied, and the cursor is emptied on the last page.
     *
     * @param info the customers
     * @param isLast whether this is the last page
     * @param nextCursor the next page's cursor; empty on the last page (also when {@code is_last} says so)
     */
    public UnassignedPage {
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
     * @param handoverUserid the resigned member
     * @param externalUserid the customer (or the chat id of a group)
     * @param dimissionTime  when the member resigned (Unix seconds)
     */
    public record Entry(@JsonProperty("handover_userid") String handoverUserid,
                        @JsonProperty("external_userid") String externalUserid,
                        @JsonProperty("dimission_time") long dimissionTime) {
    }
}
