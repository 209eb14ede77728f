package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One member's view of a customer as {@code batch/get_by_user} returns it ({@code follow_info}); it
 * carries only corp and rule-group tag ids.
 *
 * @param userId         the member
 * @param remark         the remark name
 * @param description    the description
 * @param createtime     when the member added the customer (Unix seconds)
 * @param tagId          the corp and rule-group tag ids
 * @param remarkCorpName the remarked company name
 * @param remarkMobiles  the remarked mobile numbers
 * @param operUserId     who made the add
 * @param addWay         how the customer was added
 * @param state          the contact way's state, if any
 * @param wechatChannels the WeChat Channels source, if any
 * @param otherFields    fields WeCom sent that this record does not map
 */
public record FollowInfo(
        @JsonProperty("userid") String userId,
        @JsonProperty("remark") String remark,
        @JsonProperty("description") String description,
        @JsonProperty("createtime") long createtime,
        @JsonProperty("tag_id") List<String> tagId,
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
     * @param remark the remark name
     * @param description the description
     * @param createtime when the member added the customer (Unix seconds)
     * @param tagId the corp and rule-group tag ids
     * @param remarkCorpName the remarked company name
     * @param remarkMobiles the remarked mobile numbers
     * @param operUserId who made the add
     * @param addWay how the customer was added
     * @param state the contact way's state, if any
     * @param wechatChannels the WeChat Channels source, if any
     * @param otherFields unmapped fields, may be {@code null}
     */
    public FollowInfo {
        otherFields = OtherFields.copyOf(otherFields);
        tagId = tagId == null ? List.of() : List.copyOf(tagId);
        remarkMobiles = remarkMobiles == null ? List.of() : List.copyOf(remarkMobiles);
    }
}
