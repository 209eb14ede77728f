package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * What {@code batch/invite} could not invite; an empty result means every invitation was accepted
 * for delivery (delivery itself is checked later, asynchronously).
 *
 * @param invalidUsers       the userids not invited ({@code invaliduser})
 * @param invalidDepartments the department ids not invited ({@code invalidparty})
 * @param invalidTags        the tag ids not invited ({@code invalidtag})
 * @param otherFields        fields WeCom sent that this record does not map
 */
public record InviteResult(
        @JsonProperty("invaliduser") List<String> invalidUsers,
        @JsonProperty("invalidparty") List<Long> invalidDepartments,
        @JsonProperty("invalidtag") List<Long> invalidTags,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param invalidUsers       the userids not invited
     * @param invalidDepartments the department ids not invited
     * @param invalidTags        the tag ids not invited
     * @param otherFields        unmapped fields, may be {@code null}
     */
    public InviteResult {
        invalidUsers = Models.list(invalidUsers);
        invalidDepartments = Models.list(invalidDepartments);
        invalidTags = Models.list(invalidTags);
        otherFields = OtherFields.copyOf(otherFields);
    }
}
