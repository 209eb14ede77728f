package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A customer and the members who added them ({@code externalcontact/get}). A customer followed by more
 * than 500 members comes in pages of {@code follow_user}; {@link Customers#get(String)} joins
 * them.
 *
 * @param externalContact the customer
 * @param followUser      the members who added them (this page)
 * @param nextCursor      the cursor of the next page of members; empty on the last
 * @param otherFields     fields WeCom sent that this record does not map
 */
public record CustomerDetail(
        @JsonProperty("external_contact") ExternalContact externalContact,
        @JsonProperty("follow_user") List<FollowUser> followUser,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<FollowUser>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param externalContact the customer
     * @param followUser the members who added them (this page)
     * @param nextCursor the cursor of the next page of members; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public CustomerDetail {
        otherFields = OtherFields.copyOf(otherFields);
        followUser = followUser == null ? List.of() : List.copyOf(followUser);
    }

    @Override
    public List<FollowUser> items() {
        return followUser;
    }
}
