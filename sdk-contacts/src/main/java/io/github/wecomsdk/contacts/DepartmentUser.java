package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * One member-department pair of {@code user/list_id}: a member in several departments appears once
 * per department.
 *
 * @param userId       the userid (self-built apps)
 * @param openUserId   the corp-independent id (third-party apps)
 * @param departmentId the department id ({@code department})
 * @param otherFields  fields WeCom sent that this record does not map
 */
public record DepartmentUser(
        @JsonProperty("userid") String userId,
        @JsonProperty("open_userid") String openUserId,
        @JsonProperty("department") long departmentId,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param userId       the userid
     * @param openUserId   the open userid
     * @param departmentId the department id
     * @param otherFields  unmapped fields, may be {@code null}
     */
    public DepartmentUser {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
