package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * One day of customer-contact statistics ({@code get_user_behavior_data}); several members are
 * aggregated.
 *
 * @param statTime             the day (Unix seconds, 00:00)
 * @param chatCnt              chats the members took part in
 * @param messageCnt           messages the members sent
 * @param replyPercentage      the share of chats replied to, in percent (absent when there was none)
 * @param avgReplyTime         the average first-reply time in minutes (absent when there was none)
 * @param negativeFeedbackCnt  customers who deleted or blocked a member
 * @param newApplyCnt          friend requests the members sent
 * @param newContactCnt        new customers
 * @param otherFields          fields WeCom sent that this record does not map
 */
public record BehaviorData(
        @JsonProperty("stat_time") long statTime,
        @JsonProperty("chat_cnt") long chatCnt,
        @JsonProperty("message_cnt") long messageCnt,
        @JsonProperty("reply_percentage") Double replyPercentage,
        @JsonProperty("avg_reply_time") Long avgReplyTime,
        @JsonProperty("negative_feedback_cnt") long negativeFeedbackCnt,
        @JsonProperty("new_apply_cnt") long newApplyCnt,
        @JsonProperty("new_contact_cnt") long newContactCnt,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; {@code otherFields} is copied null-safely.
     */
    public BehaviorData {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
