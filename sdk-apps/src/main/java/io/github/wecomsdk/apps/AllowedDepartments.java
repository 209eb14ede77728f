package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * The departments an app is visible to (with every department below them): {@code agent/get}'s
 * {@code allow_partys}.
 *
 * @param departmentIds the department ids ({@code partyid[]}), never {@code null}
 * @param otherFields   fields WeCom sent that this record does not map
 */
public record AllowedDepartments(
        @JsonProperty("partyid") List<Long> departmentIds,
        @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

    /**
     * Creates the value; a missing list becomes empty.
     *
     * @param departmentIds the department ids, may be {@code null}
     * @param otherFields   unmapped fields, may be {@code null}
     */
    public AllowedDepartments {
        departmentIds = Models.list(departmentIds);
        otherFields = Models.others(otherFields);
    }
}
