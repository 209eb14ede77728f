package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chat as WeCom describes it ({@code chat_info} of {@code appchat/get}).
 *
 * @param chatId      the chat id ({@code chatid})
 * @param name        the name
 * @param owner       the owner's userid
 * @param userList    the members' userids ({@code userlist})
 * @param chatType    WeCom's raw {@code chat_type} (0 normal, 1 course group), or {@code null} if absent;
 *                    see {@link #kind()}
 * @param otherFields fields WeCom sent that this record does not map (JSON nulls kept)
 */
public record AppChat(
        @JsonProperty("chatid") String chatId,
        @JsonProperty("name") String name,
        @JsonProperty("owner") String owner,
        @JsonProperty("userlist") List<String> userList,
        @JsonProperty("chat_type") Integer chatType,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /** Copies the members and the unmapped fields null-safely. */
    public AppChat {
        userList = userList == null
                ? List.of()
                : userList.stream().filter(Objects::nonNull).toList();
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The kind of chat.
     *
     * @return the kind, {@link ChatType#UNKNOWN} for a value this SDK does not know or none
     */
    public ChatType kind() {
        return ChatType.fromWire(chatType);
    }
}
