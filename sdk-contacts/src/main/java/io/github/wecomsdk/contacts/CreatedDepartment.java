package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A department WeCom created while creating a member ({@code created_department_list.department_info}).
 *
 * @param id          the new department's id
 * @param name        the new department's name
 * @param otherFields fields WeCom sent that this record does not map
 */
public record CreatedDepartment(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

    /**
     * Creates the value.
     *
     * @param id          the id
     * @param name        the name
     * @param otherFields unmapped fields, may be {@code null}
     */
    public CreatedDepartment {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
