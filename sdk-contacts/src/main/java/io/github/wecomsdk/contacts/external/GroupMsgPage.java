package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code get_groupmsg_list_v2}.
 *
 * @param groupMsgList the mass messages
 * @param nextCursor   the next page's cursor; empty on the last
 * @param otherFields  fields WeCom sent that this record does not map
 */
public record GroupMsgPage(
        @JsonProperty("group_msg_list") List<GroupMsg> groupMsgList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<GroupMsgPage.GroupMsg>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param groupMsgList the mass messages
     * @param nextCursor the next page's cursor; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public GroupMsgPage {
        otherFields = OtherFields.copyOf(otherFields);
        groupMsgList = groupMsgList == null ? List.of() : List.copyOf(groupMsgList);
    }

    @Override
    public List<GroupMsg> items() {
        return groupMsgList;
    }

    /**
     * A mass message.
     *
     * @param msgId       its id
     * @param creator     the member who created it (personal messages)
     * @param createTime  when it was created (Unix seconds)
     * @param createType  0 by the corp, 1 by a member
     * @param text        its text
     * @param attachments its attachments
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record GroupMsg(
            @JsonProperty("msgid") String msgId,
            @JsonProperty("creator") String creator,
            @JsonProperty("create_time") long createTime,
            @JsonProperty("create_type") int createType,
            @JsonProperty("text") Attachment.Text text,
            @JsonProperty("attachments") List<Attachment> attachments,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; lists are copied and a missing list becomes empty.
         *
         * @param msgId its id
         * @param creator the member who created it (personal messages)
         * @param createTime when it was created (Unix seconds)
         * @param createType 0 by the corp, 1 by a member
         * @param text its text
         * @param attachments its attachments
         * @param otherFields unmapped fields, may be {@code null}
         */
        public GroupMsg {
            otherFields = OtherFields.copyOf(otherFields);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }
}
