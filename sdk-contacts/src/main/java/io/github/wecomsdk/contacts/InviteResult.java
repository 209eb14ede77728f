package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What {@code batch/invite} could not invite; an empty result means every invitation was accepted
 * for delivery (delivery itself is checked later, asynchronously).
 *
 * @param invalidUsers   the userids not invited
 * @param invalidParties the department ids not invited
 * @param invalidTags    the tag ids not invited
 */
public record InviteResult(
        @JsonProperty("invaliduser") List<String> invalidUsers,
        @JsonProperty("invalidparty") List<Long> invalidParties,
        @JsonProperty("invalidtag") List<Long> invalidTags) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param invalidUsers the userids not invited
     * @param invalidParties the department ids not invited
     * @param invalidTags the tag ids not invited
     */
    public InviteResult {
        invalidUsers = Models.list(invalidUsers);
        invalidParties = Models.list(invalidParties);
        invalidTags = Models.list(invalidTags);
    }
}
