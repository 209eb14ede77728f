package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A department as {@code department/get}, {@code department/list} and department exports return it.
 *
 * @param id                 the department id
 * @param name               the name (withheld from some apps)
 * @param nameEn             the English name
 * @param departmentLeaders  the userids of the department's leaders
 * @param parentId           the parent department id (0 for the root)
 * @param order              the order among siblings; larger first
 */
public record Department(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("department_leader") List<String> departmentLeaders,
        @JsonProperty("parentid") long parentId,
        @JsonProperty("order") long order) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param id the department id
     * @param name the name (withheld from some apps)
     * @param nameEn the English name
     * @param departmentLeaders the userids of the department's leaders
     * @param parentId the parent department id (0 for the root)
     * @param order the order among siblings; larger first
     */
    public Department {
        departmentLeaders = departmentLeaders == null ? List.of() : List.copyOf(departmentLeaders);
    }
}
