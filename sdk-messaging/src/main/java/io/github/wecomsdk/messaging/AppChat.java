package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A chat as WeCom describes it ({@code chat_info} of {@code appchat/get}).
 *
 * @param chatId       the chat id
 * @param name         the name
 * @param owner        the owner's userid
 * @param userList     the members
 * @param chatTypeCode WeCom's raw {@code chat_type} (0 normal, 1 course group); see {@link #chatType()}
 * @param extras       fields WeCom sent that this record does not map
 */
public record AppChat(@JsonProperty("chatid") String chatId, @JsonProperty("name") String name,
                      @JsonProperty("owner") String owner, @JsonProperty("userlist") List<String> userList,
                      @JsonProperty("chat_type") int chatTypeCode,
                      @JsonAnySetter Map<String, Object> extras) {

    /** Copies the members and extras. */
    public AppChat {
        userList = userList == null ? List.of() : List.copyOf(userList);
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    /**
     * The kind of chat.
     *
     * @return the kind, {@link ChatType#UNKNOWN} for a value this SDK does not know
     */
    public ChatType chatType() {
        return ChatType.of(chatTypeCode);
    }
}
