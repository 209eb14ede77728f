package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code groupchat/list}.
 *
 * @param groupChatList the customer groups
 * @param nextCursor    the next page's cursor; empty on the last
 * @param otherFields   fields WeCom sent that this record does not map
 */
public record GroupChatPage(
        @JsonProperty("group_chat_list") List<Entry> groupChatList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<GroupChatPage.Entry>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param groupChatList the customer groups
     * @param nextCursor the next page's cursor; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public GroupChatPage {
        otherFields = OtherFields.copyOf(otherFields);
        groupChatList = groupChatList == null ? List.of() : List.copyOf(groupChatList);
    }

    @Override
    public List<Entry> items() {
        return groupChatList;
    }

    /**
     * A customer group in the list.
     *
     * @param chatId the chat id
     * @param status 0 normal, 1 owner resigned (awaiting transfer), 2 transfer in progress, 3 transferred
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Entry(
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("status") int status,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Entry {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * The group's transfer state as an enum.
         *
         * @return the state, {@link GroupChatStatus#UNKNOWN} for a value this SDK does not know
         */
        @JsonIgnore
        public GroupChatStatus statusType() {
            return GroupChatStatus.fromWire(status);
        }
    }
}
