package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * The tags an app is visible to (every member and department in them): {@code agent/get}'s
 * {@code allow_tags}.
 *
 * @param tagIds      the tag ids ({@code tagid[]}), never {@code null}
 * @param otherFields fields WeCom sent that this record does not map
 */
public record AllowedTags(
        @JsonProperty("tagid") List<Long> tagIds,
        @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

    /**
     * Creates the value; a missing list becomes empty.
     *
     * @param tagIds      the tag ids, may be {@code null}
     * @param otherFields unmapped fields, may be {@code null}
     */
    public AllowedTags {
        tagIds = Models.list(tagIds);
        otherFields = Models.others(otherFields);
    }
}
