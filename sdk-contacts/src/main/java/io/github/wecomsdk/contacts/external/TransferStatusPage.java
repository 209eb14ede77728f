package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code transfer_result} or {@code resigned/transfer_result}.
 *
 * @param customer   the customers and their transfer status
 * @param nextCursor the next page's cursor; empty on the last
 */
public record TransferStatusPage(
        @JsonProperty("customer") List<Entry> customer,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<TransferStatusPage.Entry> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param customer the customers and their transfer status
     * @param nextCursor the next page's cursor; empty on the last
     */
    public TransferStatusPage {
        customer = customer == null ? List.of() : List.copyOf(customer);
    }

    @Override
    public List<Entry> items() {
        return customer;
    }

    /**
     * A customer's transfer status.
     *
     * @param externalUserid the customer
     * @param status         1 done, 2 waiting, 3 refused by the customer, 4 the takeover member is full,
     *                       5 no transfer record
     * @param takeoverTime   when the takeover happens or happened (Unix seconds)
     */
    public record Entry(@JsonProperty("external_userid") String externalUserid,
                        @JsonProperty("status") int status,
                        @JsonProperty("takeover_time") long takeoverTime) {
    }
}
