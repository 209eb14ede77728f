package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One member-department pair from {@code user/list_id}; a member in several departments appears once
 * per department.
 *
 * @param userid     the userid
 * @param department the department id
 */
public record DepartmentUser(@JsonProperty("userid") String userid, @JsonProperty("department") long department) {
}
