package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code transfer_result} or {@code resigned/transfer_result}.
 *
 * @param customer   the customers and their transfer status
 * @param nextCursor the next page's cursor; empty on the last
 * @param otherFields fields WeCom sent that this record does not map
 */
public record TransferStatusPage(
        @JsonProperty("customer") List<Entry> customer,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<TransferStatusPage.Entry>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param customer the customers and their transfer status
     * @param nextCursor the next page's cursor; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public TransferStatusPage {
        otherFields = OtherFields.copyOf(otherFields);
        customer = customer == null ? List.of() : List.copyOf(customer);
    }

    @Override
    public List<Entry> items() {
        return customer;
    }

    /**
     * A customer's transfer status.
     *
     * @param externalUserId the customer
     * @param status         1 done, 2 waiting, 3 refused by the customer, 4 the takeover member is full,
     *                       5 no transfer record
     * @param takeoverTime   when the takeover happens or happened (Unix seconds)
     * @param otherFields    fields WeCom sent that this record does not map
     */
    public record Entry(
            @JsonProperty("external_userid") String externalUserId,
            @JsonProperty("status") int status,
            @JsonProperty("takeover_time") long takeoverTime,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Entry {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * The customer's transfer state as an enum.
         *
         * @return the state, {@link TransferStatus#UNKNOWN} for a value this SDK does not know
         */
        @JsonIgnore
        public TransferStatus statusType() {
            return TransferStatus.fromWire(status);
        }
    }
}
