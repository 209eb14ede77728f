package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A department's place in the tree, as {@code department/simplelist} returns it (ids only).
 *
 * @param id          the department id
 * @param parentId    the parent department id
 * @param order       the order among siblings
 * @param otherFields fields WeCom sent that this record does not map
 */
public record DepartmentRef(
        @JsonProperty("id") long id,
        @JsonProperty("parentid") long parentId,
        @JsonProperty("order") long order,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param id          the department id
     * @param parentId    the parent department id
     * @param order       the order among siblings
     * @param otherFields unmapped fields, may be {@code null}
     */
    public DepartmentRef {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
