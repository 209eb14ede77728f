package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * The members an app is visible to by name: {@code agent/get}'s {@code allow_userinfos}.
 *
 * @param users       the members ({@code user[]}), never {@code null}
 * @param otherFields fields WeCom sent that this record does not map
 */
public record AllowedUsers(
        @JsonProperty("user") List<AllowedUser> users,
        @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

    /**
     * Creates the value; a missing list becomes empty.
     *
     * @param users       the members, may be {@code null}
     * @param otherFields unmapped fields, may be {@code null}
     */
    public AllowedUsers {
        users = Models.list(users);
        otherFields = Models.others(otherFields);
    }
}
