package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * WeCom's answer for one customer of a transfer: errcode 0 means the transfer started (it completes
 * on its own after 24 hours unless the customer refuses); 40128 means the customer was transferred
 * twice in the last 90 days.
 *
 * @param externalUserId the customer
 * @param errcode        0 when the transfer started
 * @param otherFields    fields WeCom sent that this record does not map
 */
public record TransferOutcome(
        @JsonProperty("external_userid") String externalUserId,
        @JsonProperty("errcode") int errcode,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; {@code otherFields} is copied null-safely.
     */
    public TransferOutcome {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
