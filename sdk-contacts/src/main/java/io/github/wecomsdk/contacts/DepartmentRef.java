package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A department's place in the tree, as {@code department/simplelist} returns it (ids only).
 *
 * @param id       the department id
 * @param parentId the parent department id
 * @param order    the order among siblings
 */
public record DepartmentRef(
        @JsonProperty("id") long id,
        @JsonProperty("parentid") long parentId,
        @JsonProperty("order") long order) {
}
