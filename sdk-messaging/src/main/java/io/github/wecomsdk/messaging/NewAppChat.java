package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A chat to create.
 *
 * @param name     the name, at most 50 characters, or {@code null}
 * @param owner    the owner's userid, or {@code null} for a random member
 * @param userList the members, 2 to 2,000 userids
 * @param chatId   the chat id to use (at most 32 of {@code [0-9a-zA-Z]}), or {@code null} for WeCom's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewAppChat(@JsonProperty("name") String name, @JsonProperty("owner") String owner,
                         @JsonProperty("userlist") List<String> userList, @JsonProperty("chatid") String chatId) {

    private static final Pattern CHAT_ID_PATTERN = Pattern.compile("[0-9a-zA-Z]{1,32}");

    /**
     * Checks and copies the parts.
     *
     * @throws WeComValidationException if a limit is broken
     */
    public NewAppChat {
        Checks.maxChars(name, 50, "name");
        if (owner != null) {
            Checks.notBlank(owner, "owner");
        }
        Checks.notEmptyIds(userList, "userlist");
        if (userList.size() < 2 || userList.size() > 2000) {
            throw new WeComValidationException("userlist takes 2 to 2000 members; got " + userList.size());
        }
        userList = List.copyOf(userList);
        if (chatId != null && !CHAT_ID_PATTERN.matcher(chatId).matches()) {
            throw new WeComValidationException("chatid must be 1 to 32 characters of [0-9a-zA-Z]; got '"
                    + chatId + "'");
        }
    }

    /**
     * A named chat with a random owner and a WeCom-made chat id.
     *
     * @param name    at most 50 characters
     * @param members 2 to 2,000 userids
     * @return the chat
     */
    public static NewAppChat of(String name, List<String> members) {
        return new NewAppChat(name, null, members, null);
    }

    /**
     * This chat with an owner.
     *
     * @param owner a member's userid
     * @return a new chat
     */
    public NewAppChat withOwner(String owner) {
        return new NewAppChat(name, owner, userList, chatId);
    }

    /**
     * This chat with a chat id of your choosing.
     *
     * @param chatId at most 32 of {@code [0-9a-zA-Z]}
     * @return a new chat
     */
    public NewAppChat withChatId(String chatId) {
        return new NewAppChat(name, owner, userList, chatId);
    }
}
