package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code get_groupmsg_list_v2}.
 *
 * @param groupMsgList the mass messages
 * @param nextCursor   the next page's cursor; empty on the last
 */
public record GroupMsgPage(
        @JsonProperty("group_msg_list") List<GroupMsg> groupMsgList,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<GroupMsgPage.GroupMsg> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param groupMsgList the mass messages
     * @param nextCursor the next page's cursor; empty on the last
     */
    public GroupMsgPage {
        groupMsgList = groupMsgList == null ? List.of() : List.copyOf(groupMsgList);
    }

    @Override
    public List<GroupMsg> items() {
        return groupMsgList;
    }

    /**
     * A mass message.
     *
     * @param msgid       its id
     * @param creator     the member who created it (personal messages)
     * @param createTime  when it was created (Unix seconds)
     * @param createType  0 by the corp, 1 by a member
     * @param text        its text
     * @param attachments its attachments
     */
    public record GroupMsg(
            @JsonProperty("msgid") String msgid,
            @JsonProperty("creator") String creator,
            @JsonProperty("create_time") long createTime,
            @JsonProperty("create_type") int createType,
            @JsonProperty("text") Attachment.Text text,
            @JsonProperty("attachments") List<Attachment> attachments) {

        /**
         * Creates the value; lists are copied and a missing list becomes empty.
         *
         * @param msgid its id
         * @param creator the member who created it (personal messages)
         * @param createTime when it was created (Unix seconds)
         * @param createType 0 by the corp, 1 by a member
         * @param text its text
         * @param attachments its attachments
         */
        public GroupMsg {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }
}
