package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer with one member's view of them, an entry of {@code batch/get_by_user}; a customer added
 * by several of the members asked about appears once per member.
 *
 * @param externalContact the customer
 * @param followInfo      the member's view
 */
public record CustomerRelation(
        @JsonProperty("external_contact") ExternalContact externalContact,
        @JsonProperty("follow_info") FollowInfo followInfo) {
}
