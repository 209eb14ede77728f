package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A department WeCom created on its own because {@code user/create} named an unknown department id.
 *
 * @param id   the new department's id
 * @param name the new department's name
 */
public record CreatedDepartment(@JsonProperty("id") long id, @JsonProperty("name") String name) {
}
