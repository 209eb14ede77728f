package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code get_groupmsg_send_result}: a member's per-customer results of a mass message.
 *
 * @param sendList   the results
 * @param nextCursor the next page's cursor; empty on the last
 */
public record GroupMsgSendResultPage(
        @JsonProperty("send_list") List<SendResult> sendList,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<GroupMsgSendResultPage.SendResult> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param sendList the results
     * @param nextCursor the next page's cursor; empty on the last
     */
    public GroupMsgSendResultPage {
        sendList = sendList == null ? List.of() : List.copyOf(sendList);
    }

    @Override
    public List<SendResult> items() {
        return sendList;
    }

    /**
     * The result for one customer or group.
     *
     * @param externalUserid the customer (single messages)
     * @param chatId         the group (group messages)
     * @param userid         the member
     * @param status         0 not sent, 1 sent, 2 not a friend any more, 3 already got another mass message
     * @param sendTime       when it was sent (Unix seconds)
     */
    public record SendResult(@JsonProperty("external_userid") String externalUserid,
                             @JsonProperty("chat_id") String chatId,
                             @JsonProperty("userid") String userid,
                             @JsonProperty("status") int status,
                             @JsonProperty("send_time") long sendTime) {
    }
}
