package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A tag's members, as {@code tag/get} and the tag-member export return them.
 *
 * @param tagName       the tag's name ({@code tagname})
 * @param users         the members ({@code userlist}), never {@code null}
 * @param departmentIds the departments ({@code partylist}), never {@code null}
 * @param otherFields   fields WeCom sent that this record does not map
 */
public record TagMembers(
        @JsonProperty("tagname") String tagName,
        @JsonProperty("userlist") List<SimpleUser> users,
        @JsonProperty("partylist") List<Long> departmentIds,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param tagName       the tag's name
     * @param users         the members
     * @param departmentIds the departments
     * @param otherFields   unmapped fields, may be {@code null}
     */
    public TagMembers {
        users = Models.list(users);
        departmentIds = Models.list(departmentIds);
        otherFields = OtherFields.copyOf(otherFields);
    }
}
