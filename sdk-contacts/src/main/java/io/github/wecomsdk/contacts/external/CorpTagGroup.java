package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A group of corp customer tags ({@code tag_group} of {@code get_corp_tag_list} and
 * {@code add_corp_tag}).
 *
 * @param groupId    the group id
 * @param groupName  the group name
 * @param createTime when it was created (Unix seconds)
 * @param order      the order; larger first
 * @param deleted    whether the group was deleted (only in some answers)
 * @param tag        the tags in the group
 * @param otherFields fields WeCom sent that this record does not map
 */
public record CorpTagGroup(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("group_name") String groupName,
        @JsonProperty("create_time") long createTime,
        @JsonProperty("order") long order,
        @JsonProperty("deleted") boolean deleted,
        @JsonProperty("tag") List<CorpTag> tag,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param groupId the group id
     * @param groupName the group name
     * @param createTime when it was created (Unix seconds)
     * @param order the order; larger first
     * @param deleted whether the group was deleted (only in some answers)
     * @param tag the tags in the group
     * @param otherFields unmapped fields, may be {@code null}
     */
    public CorpTagGroup {
        otherFields = OtherFields.copyOf(otherFields);
        tag = tag == null ? List.of() : List.copyOf(tag);
    }

    /**
     * A corp customer tag.
     *
     * @param id         the tag id
     * @param name       the tag name
     * @param createTime when it was created (Unix seconds)
     * @param order      the order in its group; larger first
     * @param deleted    whether the tag was deleted (only in some answers)
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record CorpTag(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("create_time") long createTime,
            @JsonProperty("order") long order,
            @JsonProperty("deleted") boolean deleted,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public CorpTag {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
