package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A customer with one member's view of them, an entry of {@code batch/get_by_user}; a customer added
 * by several of the members asked about appears once per member.
 *
 * @param externalContact the customer
 * @param followInfo      the member's view
 * @param otherFields     fields WeCom sent that this record does not map
 */
public record CustomerRelation(
        @JsonProperty("external_contact") ExternalContact externalContact,
        @JsonProperty("follow_info") FollowInfo followInfo,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; {@code otherFields} is copied null-safely.
     */
    public CustomerRelation {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
