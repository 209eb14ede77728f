package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A change to a chat; at least one part besides the chat id.
 *
 * @param chatId      the chat
 * @param name        the new name, or {@code null}; WeCom cuts it at 50 characters, and so does
 *                    {@link AppChats#update(AppChatUpdate)} (reported; refused with
 *                    {@link ChatOptions#strict()})
 * @param owner       the new owner (required when removing the current one), or {@code null}
 * @param addUserList members to add
 * @param delUserList members to remove
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AppChatUpdate(
        @JsonProperty("chatid") String chatId,
        @JsonProperty("name") String name,
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
        addUserList = List.copyOf(Checks.maxSize(
                Checks.noBlankIds(addUserList == null ? List.of() : addUserList, "add_user_list"),
                2000,
                "add_user_list"));
        delUserList = List.copyOf(Checks.maxSize(
                Checks.noBlankIds(delUserList == null ? List.of() : delUserList, "del_user_list"),
                2000,
                "del_user_list"));
        if (name == null && owner == null && addUserList.isEmpty() && delUserList.isEmpty()) {
            throw new WeComValidationException(
                    "An appchat update needs name, owner, add_user_list or" + " del_user_list");
        }
    }

    /**
     * A rename and nothing else.
     *
     * @param chatId the chat
     * @param name   the new name
     * @return the change
     * @throws WeComValidationException if the chat id is blank
     */
    public static AppChatUpdate rename(String chatId, String name) {
        return builder(chatId).name(name).build();
    }

    /**
     * Starts a change of a chat; set at least one part.
     *
     * @param chatId the chat
     * @return a builder
     */
    public static Builder builder(String chatId) {
        return new Builder(chatId);
    }

    /** Builds an {@link AppChatUpdate}; {@link #build()} checks WeCom's limits. Not thread-safe. */
    public static final class Builder {

        private final String chatId;
        private String name;
        private String owner;
        private final List<String> add = new ArrayList<>();
        private final List<String> remove = new ArrayList<>();

        private Builder(String chatId) {
            this.chatId = chatId;
        }

        /**
         * The new name (WeCom cuts it at 50 characters).
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The new owner (required when removing the current one).
         *
         * @param owner the new owner's userid
         * @return this builder
         * @throws WeComValidationException if the owner is blank
         */
        public Builder owner(String owner) {
            this.owner = Checks.notBlank(owner, "owner");
            return this;
        }

        /**
         * Members to add (at most 2,000 in all).
         *
         * @param userIds userids
         * @return this builder
         */
        public Builder addUsers(String... userIds) {
            return addUsers(Arrays.asList(Checks.notNull(userIds, "add_user_list")));
        }

        /**
         * Members to add (at most 2,000 in all).
         *
         * @param userIds userids
         * @return this builder
         */
        public Builder addUsers(Collection<String> userIds) {
            add.addAll(Checks.notNull(userIds, "add_user_list"));
            return this;
        }

        /**
         * Members to remove (at most 2,000 in all).
         *
         * @param userIds userids
         * @return this builder
         */
        public Builder removeUsers(String... userIds) {
            return removeUsers(Arrays.asList(Checks.notNull(userIds, "del_user_list")));
        }

        /**
         * Members to remove (at most 2,000 in all).
         *
         * @param userIds userids
         * @return this builder
         */
        public Builder removeUsers(Collection<String> userIds) {
            remove.addAll(Checks.notNull(userIds, "del_user_list"));
            return this;
        }

        /**
         * Builds the change.
         *
         * @return the change
         * @throws WeComValidationException if the chat id is blank, nothing changes or a limit is broken
         */
        public AppChatUpdate build() {
            return new AppChatUpdate(chatId, name, owner, add, remove);
        }
    }
}
