package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code groupchat/list}.
 *
 * @param groupChatList the customer groups
 * @param nextCursor    the next page's cursor; empty on the last
 */
public record GroupChatPage(
        @JsonProperty("group_chat_list") List<Entry> groupChatList,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<GroupChatPage.Entry> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param groupChatList the customer groups
     * @param nextCursor the next page's cursor; empty on the last
     */
    public GroupChatPage {
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
     */
    public record Entry(@JsonProperty("chat_id") String chatId, @JsonProperty("status") int status) {
    }
}
