package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A tag as {@code tag/list} returns it.
 *
 * @param tagId       the tag id ({@code tagid})
 * @param tagName     the name ({@code tagname})
 * @param otherFields fields WeCom sent that this record does not map
 */
public record Tag(
        @JsonProperty("tagid") long tagId,
        @JsonProperty("tagname") String tagName,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param tagId       the tag id
     * @param tagName     the name
     * @param otherFields unmapped fields, may be {@code null}
     */
    public Tag {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
