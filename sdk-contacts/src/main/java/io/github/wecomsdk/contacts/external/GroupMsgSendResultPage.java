package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code get_groupmsg_send_result}: a member's per-customer results of a mass message.
 *
 * @param sendList   the results
 * @param nextCursor the next page's cursor; empty on the last
 * @param otherFields fields WeCom sent that this record does not map
 */
public record GroupMsgSendResultPage(
        @JsonProperty("send_list") List<SendResult> sendList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<GroupMsgSendResultPage.SendResult>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param sendList the results
     * @param nextCursor the next page's cursor; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public GroupMsgSendResultPage {
        otherFields = OtherFields.copyOf(otherFields);
        sendList = sendList == null ? List.of() : List.copyOf(sendList);
    }

    @Override
    public List<SendResult> items() {
        return sendList;
    }

    /**
     * The result for one customer or group.
     *
     * @param externalUserId the customer (single messages)
     * @param chatId         the group (group messages)
     * @param userId         the member
     * @param status         0 not sent, 1 sent, 2 not a friend any more, 3 already got another mass message
     * @param sendTime       when it was sent (Unix seconds)
     * @param otherFields    fields WeCom sent that this record does not map
     */
    public record SendResult(
            @JsonProperty("external_userid") String externalUserId,
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("userid") String userId,
            @JsonProperty("status") int status,
            @JsonProperty("send_time") long sendTime,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public SendResult {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * The recipient's state as an enum.
         *
         * @return the state, {@link SendStatus#UNKNOWN} for a value this SDK does not know
         */
        @JsonIgnore
        public SendStatus statusType() {
            return SendStatus.fromWire(status);
        }
    }
}
