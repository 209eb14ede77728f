package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A member who added a customer, with that member's view of them ({@code follow_user[]} of
 * {@code externalcontact/get}).
 *
 * @param userId         the member
 * @param remark         the member's remark name for the customer
 * @param description    the member's description
 * @param createtime     when the member added the customer (Unix seconds)
 * @param tags           the tags the customer carries for this member
 * @param remarkCorpName the remarked company name
 * @param remarkMobiles  the remarked mobile numbers
 * @param operUserId     who made the add (the member, or the customer's userId for customer-initiated adds)
 * @param addWay         how the customer was added (0 unknown, 1 QR, 2 mobile search, ..., 201, 202)
 * @param state          the contact way's state, for customers added through one
 * @param wechatChannels the WeChat Channels source, for customers added from one
 * @param otherFields    fields WeCom sent that this record does not map
 */
public record FollowUser(
        @JsonProperty("userid") String userId,
        @JsonProperty("remark") String remark,
        @JsonProperty("description") String description,
        @JsonProperty("createtime") long createtime,
        @JsonProperty("tags") List<FollowTag> tags,
        @JsonProperty("remark_corp_name") String remarkCorpName,
        @JsonProperty("remark_mobiles") List<String> remarkMobiles,
        @JsonProperty("oper_userid") String operUserId,
        @JsonProperty("add_way") int addWay,
        @JsonProperty("state") String state,
        @JsonProperty("wechat_channels") WechatChannelsSource wechatChannels,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param userId the member
     * @param remark the member's remark name for the customer
     * @param description the member's description
     * @param createtime when the member added the customer (Unix seconds)
     * @param tags the tags the customer carries for this member
     * @param remarkCorpName the remarked company name
     * @param remarkMobiles the remarked mobile numbers
     * @param operUserId who made the add (the member, or the customer's userId for customer-initiated adds)
     * @param addWay how the customer was added (0 unknown, 1 QR, 2 mobile search, ..., 201, 202)
     * @param state the contact way's state, for customers added through one
     * @param wechatChannels the WeChat Channels source, for customers added from one
     * @param otherFields unmapped fields, may be {@code null}
     */
    public FollowUser {
        otherFields = OtherFields.copyOf(otherFields);
        tags = tags == null ? List.of() : List.copyOf(tags);
        remarkMobiles = remarkMobiles == null ? List.of() : List.copyOf(remarkMobiles);
    }

    /**
     * A tag on a customer, as a member sees it.
     *
     * @param groupName the tag group's name (corp tags)
     * @param tagName   the tag's name
     * @param tagId     the tag id (corp and rule-group tags)
     * @param type      1 corp tag, 2 personal tag, 3 rule-group tag
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record FollowTag(
            @JsonProperty("group_name") String groupName,
            @JsonProperty("tag_name") String tagName,
            @JsonProperty("tag_id") String tagId,
            @JsonProperty("type") int type,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public FollowTag {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
