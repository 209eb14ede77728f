package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * The body of {@code add_msg_template}: a mass message members confirm and send to customers or
 * customer groups. Build it with {@link #toCustomers()} or {@link #toGroups(String)}.
 *
 * @param chatType {@code single} (customers; WeCom's default) or {@code group} (customer groups)
 * @param externalUserIds the customers, at most 10,000 (single)
 * @param chatIdList the groups, at most 2,000 (group)
 * @param tagFilter customers by tag: OR within a group, AND across groups
 * @param sender the sending member (required for group)
 * @param allowSelect whether the member may change the recipients
 * @param text the text, at most 4,000 bytes
 * @param attachments the attachments, at most 9
 */
public record MsgTemplate(
        @JsonProperty("chat_type") String chatType,
        @JsonProperty("external_userid") List<String> externalUserIds,
        @JsonProperty("chat_id_list") List<String> chatIdList,
        @JsonProperty("tag_filter") TagFilter tagFilter,
        @JsonProperty("sender") String sender,
        @JsonProperty("allow_select") Boolean allowSelect,
        @JsonProperty("text") Attachment.Text text,
        @JsonProperty("attachments") List<Attachment> attachments) {

    /**
     * Creates the value; lists are copied and a missing list stays {@code null} (not sent).
     *
     * @param chatType {@code single} (customers; WeCom's default) or {@code group} (customer groups)
     * @param externalUserIds the customers, at most 10,000 (single)
     * @param chatIdList the groups, at most 2,000 (group)
     * @param tagFilter customers by tag: OR within a group, AND across groups
     * @param sender the sending member (required for group)
     * @param allowSelect whether the member may change the recipients
     * @param text the text, at most 4,000 bytes
     * @param attachments the attachments, at most 9
     */
    public MsgTemplate {
        externalUserIds = externalUserIds == null ? null : List.copyOf(externalUserIds);
        chatIdList = chatIdList == null ? null : List.copyOf(chatIdList);
        attachments = attachments == null ? null : List.copyOf(attachments);
    }

    /**
     * A mass message to customers ({@code chat_type=single}).
     *
     * @return a builder
     */
    public static Builder toCustomers() {
        return new Builder("single");
    }

    /**
     * A mass message to customer groups ({@code chat_type=group}), sent by one member.
     *
     * @param sender the sending member
     * @return a builder
     */
    public static Builder toGroups(String sender) {
        return new Builder("group").sender(sender);
    }

    void validate() {
        Checks.notBlank(chatType, "chat_type");
        if ("group".equals(chatType)) {
            Checks.notBlank(sender, "sender");
        } else if ((sender == null || sender.isBlank())
                && (externalUserIds == null || externalUserIds.isEmpty())
                && tagFilter == null) {
            throw new WeComValidationException("sender, external_userid and tag_filter may not all be empty");
        }
        Checks.maxSize(Checks.noBlankIds(externalUserIds, "external_userid"), 10_000, "external_userid");
        Checks.maxSize(Checks.noBlankIds(chatIdList, "chat_id_list"), 2000, "chat_id_list");
        CustomerMessages.checkContent(text, attachments);
    }

    /**
     * Customers chosen by corp tags ({@code tag_filter}).
     *
     * @param groupList the tag groups: a customer must match one tag of every group
     */
    public record TagFilter(
            @JsonProperty("group_list") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            List<TagGroup> groupList) {

        /**
         * Creates the value; lists are copied and a missing list stays {@code null} (not sent).
         *
         * @param groupList the tag groups: a customer must match one tag of every group
         */
        public TagFilter {
            groupList = groupList == null ? List.of() : List.copyOf(groupList);
        }

        /**
         * One group of the filter: a customer matches it with any of the tags.
         *
         * @param tagList the tag ids, at most 100
         */
        public record TagGroup(
                @JsonProperty("tag_list") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                List<String> tagList) {

            /**
             * Creates the value; lists are copied and a missing list stays {@code null} (not sent).
             *
             * @param tagList the tag ids, at most 100
             */
            public TagGroup {
                tagList = tagList == null ? List.of() : List.copyOf(tagList);
            }
        }
    }

    /** Builds a {@link MsgTemplate}. */
    public static final class Builder {

        private final String chatType;
        private List<String> externalUserIds;
        private List<String> chatIdList;
        private TagFilter tagFilter;
        private String sender;
        private Boolean allowSelect;
        private Attachment.Text text;
        private List<Attachment> attachments;

        private Builder(String chatType) {
            this.chatType = chatType;
        }

        /**
         * Sets {@code external_userid}: the customers, at most 10,000 (single).
         *
         * @param value the value
         * @return this builder
         */
        public Builder externalUserIds(List<String> value) {
            this.externalUserIds = value;
            return this;
        }

        /**
         * Sets {@code chat_id_list}: the groups, at most 2,000 (group).
         *
         * @param value the value
         * @return this builder
         */
        public Builder chatIdList(List<String> value) {
            this.chatIdList = value;
            return this;
        }

        /**
         * Sets {@code tag_filter}: customers by tag: OR within a group, AND across groups.
         *
         * @param value the value
         * @return this builder
         */
        public Builder tagFilter(TagFilter value) {
            this.tagFilter = value;
            return this;
        }

        /**
         * Sets {@code sender}: the sending member (required for group).
         *
         * @param value the value
         * @return this builder
         */
        public Builder sender(String value) {
            this.sender = value;
            return this;
        }

        /**
         * Sets {@code allow_select}: whether the member may change the recipients.
         *
         * @param value the value
         * @return this builder
         */
        public Builder allowSelect(boolean value) {
            this.allowSelect = value;
            return this;
        }

        /**
         * Sets {@code text}: the text, at most 4,000 bytes.
         *
         * @param value the value
         * @return this builder
         */
        public Builder text(Attachment.Text value) {
            this.text = value;
            return this;
        }

        /**
         * Sets {@code attachments}: the attachments, at most 9.
         *
         * @param value the value
         * @return this builder
         */
        public Builder attachments(List<Attachment> value) {
            this.attachments = value;
            return this;
        }

        /**
         * Builds the message and checks WeCom's limits.
         *
         * @return the message
         * @throws io.github.wecomsdk.core.WeComValidationException if a group message has no sender, a customer
         *         message has no sender, customers or tag filter, there is neither text nor an attachment, or a
         *         limit is broken (text 4,000 bytes, 9 attachments, 10,000 customers, 2,000 groups)
         */
        public MsgTemplate build() {
            MsgTemplate message = new MsgTemplate(
                    chatType, externalUserIds, chatIdList, tagFilter, sender, allowSelect, text, attachments);
            message.validate();
            return message;
        }
    }
}
