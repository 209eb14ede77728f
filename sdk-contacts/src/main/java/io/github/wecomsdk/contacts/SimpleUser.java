package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A member in brief, as {@code user/simplelist}, {@code tag/get} and the simple-member export return it.
 *
 * @param userId      the userid
 * @param name        the name
 * @param department  the department ids (absent in {@code tag/get}), never {@code null}
 * @param openUserId  the corp-independent id (third-party apps only)
 * @param otherFields fields WeCom sent that this record does not map
 */
public record SimpleUser(
        @JsonProperty("userid") String userId,
        @JsonProperty("name") String name,
        @JsonProperty("department") List<Long> department,
        @JsonProperty("open_userid") String openUserId,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param userId      the userid
     * @param name        the name
     * @param department  the department ids (absent in {@code tag/get})
     * @param openUserId  the corp-independent id (third-party apps only)
     * @param otherFields unmapped fields, may be {@code null}
     */
    public SimpleUser {
        department = Models.list(department);
        otherFields = OtherFields.copyOf(otherFields);
    }
}
