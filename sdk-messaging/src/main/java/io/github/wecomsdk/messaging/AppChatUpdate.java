package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * A change to a chat; at least one part besides the chat id.
 *
 * @param chatId      the chat
 * @param name        the new name (at most 50 characters), or {@code null}
 * @param owner       the new owner (required when removing the current one), or {@code null}
 * @param addUserList members to add
 * @param delUserList members to remove
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AppChatUpdate(@JsonProperty("chatid") String chatId, @JsonProperty("name") String name,
                            @JsonProperty("owner") String owner,
                            @JsonProperty("add_user_list") List<String> addUserList,
                            @JsonProperty("del_user_list") List<String> delUserList) {

    /**
     * Checks and copies the parts.
     *
     * @throws WeComValidationException if the chat id is blank, nothing changes or a limit is broken
     */
    public AppChatUpdate {
        Checks.notBlank(chatId, "chatid");
        Checks.maxChars(name, 50, "name");
        addUserList = List.copyOf(Checks.maxSize(Checks.noBlankIds(addUserList == null ? List.of() : addUserList,
                "add_user_list"), 2000, "add_user_list"));
        delUserList = List.copyOf(Checks.maxSize(Checks.noBlankIds(delUserList == null ? List.of() : delUserList,
                "del_user_list"), 2000, "del_user_list"));
        if (name == null && owner == null && addUserList.isEmpty() && delUserList.isEmpty()) {
            throw new WeComValidationException("An appchat update needs name, owner, add_user_list or"
                    + " del_user_list");
        }
    }

    /**
     * Starts an empty change of a chat; add parts with the {@code with} methods.
     *
     * @param chatId the chat
     * @param name   the new name
     * @return the change
     */
    public static AppChatUpdate rename(String chatId, String name) {
        return new AppChatUpdate(chatId, name, null, null, null);
    }

    /**
     * Adds and removes members.
     *
     * @param chatId the chat
     * @param add    members to add
     * @param remove members to remove
     * @return the change
     */
    public static AppChatUpdate members(String chatId, List<String> add, List<String> remove) {
        return new AppChatUpdate(chatId, null, null, add, remove);
    }

    /**
     * This change, also handing the chat to another owner.
     *
     * @param owner the new owner's userid
     * @return a new change
     */
    public AppChatUpdate withOwner(String owner) {
        return new AppChatUpdate(chatId, name, Checks.notBlank(owner, "owner"), addUserList, delUserList);
    }
}
