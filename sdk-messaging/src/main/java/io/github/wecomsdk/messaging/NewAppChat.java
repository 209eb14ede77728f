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
 * @param name     the name, or {@code null}; WeCom cuts it at 50 characters, and so does
 *                 {@link AppChats#create(NewAppChat)} (reported; refused with {@link ChatOptions#strict()})
 * @param owner    the owner's userid, or {@code null} for a random member
 * @param userList the members, 2 to 2,000 userids
 * @param chatId   the chat id to use (at most 32 of {@code [0-9a-zA-Z]}), or {@code null} for WeCom's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewAppChat(
        @JsonProperty("name") String name,
        @JsonProperty("owner") String owner,
        @JsonProperty("userlist") List<String> userList,
        @JsonProperty("chatid") String chatId) {

    private static final Pattern CHAT_ID_PATTERN = Pattern.compile("[0-9a-zA-Z]{1,32}");

    /**
     * Checks and copies the parts.
     *
     * @throws WeComValidationException if a limit is broken
     */
    public NewAppChat {
        if (owner != null) {
            Checks.notBlank(owner, "owner");
        }
        Checks.notEmptyIds(userList, "userlist");
        if (userList.size() < 2 || userList.size() > 2000) {
            throw new WeComValidationException("userlist takes 2 to 2000 members; got " + userList.size());
        }
        userList = List.copyOf(userList);
        if (chatId != null && !CHAT_ID_PATTERN.matcher(chatId).matches()) {
            throw new WeComValidationException(
                    "chatid must be 1 to 32 characters of [0-9a-zA-Z]; got '" + chatId + "'");
        }
    }

    /**
     * A named chat with a random owner and a WeCom-made chat id.
     *
     * @param name    the name (WeCom cuts it at 50 characters)
     * @param members 2 to 2,000 userids
     * @return the chat
     */
    public static NewAppChat of(String name, List<String> members) {
        return new NewAppChat(name, null, members, null);
    }

    /**
     * Starts a chat of these members; name, owner and chat id are optional.
     *
     * @param members 2 to 2,000 userids
     * @return a builder
     */
    public static Builder builder(List<String> members) {
        return new Builder(members);
    }

    /** Builds a {@link NewAppChat}; {@link #build()} checks WeCom's limits. Not thread-safe. */
    public static final class Builder {

        private final List<String> members;
        private String name;
        private String owner;
        private String chatId;

        private Builder(List<String> members) {
            this.members = members;
        }

        /**
         * The chat's name (WeCom cuts it at 50 characters).
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The owner; a random member when not set.
         *
         * @param owner a member's userid
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * A chat id of your choosing, so a create that timed out can be checked with
         * {@code appChats().get(chatId)}; WeCom makes one when not set.
         *
         * @param chatId at most 32 of {@code [0-9a-zA-Z]}
         * @return this builder
         */
        public Builder chatId(String chatId) {
            this.chatId = chatId;
            return this;
        }

        /**
         * Builds the chat.
         *
         * @return the chat
         * @throws WeComValidationException if a limit is broken
         */
        public NewAppChat build() {
            return new NewAppChat(name, owner, members, chatId);
        }
    }
}
