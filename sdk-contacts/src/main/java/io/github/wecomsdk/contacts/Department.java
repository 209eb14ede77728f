package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A department as {@code department/get}, {@code department/list} and department exports return it.
 *
 * @param id                the department id
 * @param name              the name (withheld from some apps)
 * @param nameEn            the English name
 * @param departmentLeaders the userids of the department's leaders, never {@code null}
 * @param parentId          the parent department id (0 for the root)
 * @param order             the order among siblings; larger first
 * @param otherFields       fields WeCom sent that this record does not map
 */
public record Department(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("department_leader") List<String> departmentLeaders,
        @JsonProperty("parentid") long parentId,
        @JsonProperty("order") long order,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param id                the department id
     * @param name              the name
     * @param nameEn            the English name
     * @param departmentLeaders the userids of the leaders
     * @param parentId          the parent department id
     * @param order             the order among siblings
     * @param otherFields       unmapped fields, may be {@code null}
     */
    public Department {
        departmentLeaders = Models.list(departmentLeaders);
        otherFields = OtherFields.copyOf(otherFields);
    }
}
