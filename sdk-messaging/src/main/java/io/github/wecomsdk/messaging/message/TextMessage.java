package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text message ({@code msgtype} {@code text}): up to 2,048 bytes of UTF-8, with line breaks,
 * {@code <a href>} links (app messages) and {@code <@userid>} mentions (group chats).
 *
 * <p>Over 2,048 bytes: {@code message/send}, where WeCom documents that it cuts the content, the SDK
 * cuts it on a character boundary and reports {@code text.content} in
 * {@code SendResult.truncatedFields()} (refused with {@code SendOptions.strict()}); group chats and
 * robots, where WeCom documents no cut, refuse it before sending.
 *
 * <p>{@code mentioned_list} (userids or {@code @all}) is honoured by group chats and robots;
 * {@code mentioned_mobile_list} by robots only. {@code message/send} takes neither and refuses a
 * text that carries them.
 *
 * @param content             the text, at most 2,048 bytes in UTF-8
 * @param mentionedList       userids to notify ({@code @all} for everyone), may be empty
 * @param mentionedMobileList mobile numbers to notify (robots only), may be empty
 */
public record TextMessage(
        @JsonProperty("content") String content,

        @JsonProperty("mentioned_list") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> mentionedList,

        @JsonProperty("mentioned_mobile_list") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> mentionedMobileList)
        implements ChatMessage, RobotMessage {

    /** WeCom's limit on {@code text.content}, in UTF-8 bytes. */
    public static final int MAX_CONTENT_BYTES = 2048;

    /**
     * Checks and copies the parts.
     *
     * @throws WeComValidationException if the content is blank or a mention is blank
     */
    public TextMessage {
        Checks.notBlank(content, "text.content");
        mentionedList =
                List.copyOf(Checks.noBlankIds(Rules.copy(mentionedList, "text.mentioned_list"), "text.mentioned_list"));
        mentionedMobileList = List.copyOf(Checks.noBlankIds(
                Rules.copy(mentionedMobileList, "text.mentioned_mobile_list"), "text.mentioned_mobile_list"));
    }

    /**
     * A plain text.
     *
     * @param content the text, at most 2,048 bytes in UTF-8
     * @return the message
     * @throws WeComValidationException if the content is blank
     */
    public static TextMessage of(String content) {
        return new TextMessage(content, List.of(), List.of());
    }

    /**
     * Starts a text made of parts: plain text, links, mentions.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This text, also notifying these members (group chats and robots; {@code @all} for everyone).
     *
     * @param userids the userids
     * @return a new message
     */
    public TextMessage mentioning(String... userids) {
        List<String> all = new ArrayList<>(mentionedList);
        all.addAll(Arrays.asList(userids));
        return new TextMessage(content, all, mentionedMobileList);
    }

    /**
     * This text, also notifying the members with these mobile numbers (robots only).
     *
     * @param mobiles the mobile numbers, or {@code @all}
     * @return a new message
     */
    public TextMessage mentioningMobiles(String... mobiles) {
        List<String> all = new ArrayList<>(mentionedMobileList);
        all.addAll(Arrays.asList(mobiles));
        return new TextMessage(content, mentionedList, all);
    }

    @Override
    public String msgType() {
        return "text";
    }

    /** Builds a {@link TextMessage} from parts. Not thread-safe. */
    public static final class Builder {

        private final StringBuilder content = new StringBuilder();
        private final List<String> mentioned = new ArrayList<>();
        private final List<String> mentionedMobiles = new ArrayList<>();

        private Builder() {}

        /**
         * Appends plain text.
         *
         * @param text the text
         * @return this builder
         */
        public Builder text(String text) {
            content.append(Checks.notNull(text, "text"));
            return this;
        }

        /**
         * Appends a line break.
         *
         * @return this builder
         */
        public Builder newLine() {
            content.append('\n');
            return this;
        }

        /**
         * Appends a link, {@code <a href="url">label</a>}, which WeCom renders in app messages.
         *
         * @param url   an http(s) URL without quotes or spaces
         * @param label the visible text
         * @return this builder
         * @throws WeComValidationException if the URL is not http(s) or holds a quote, angle bracket or space
         */
        public Builder link(String url, String label) {
            Rules.url(Checks.notNull(url, "link url"), MAX_CONTENT_BYTES, "link url");
            if (url.matches(".*[\"<>\\s].*")) {
                throw new WeComValidationException(
                        "link url may not contain quotes, angle brackets or spaces; got '" + url + "'");
            }
            content.append("<a href=\"")
                    .append(url)
                    .append("\">")
                    .append(Checks.notBlank(label, "link label"))
                    .append("</a>");
            return this;
        }

        /**
         * Appends an in-text mention {@code <@userid>} (group chats, WeCom client 5.0.6 and later).
         *
         * @param userid the member
         * @return this builder
         */
        public Builder inlineMention(String userid) {
            content.append("<@")
                    .append(Checks.notBlank(userid, "mention userid"))
                    .append('>');
            return this;
        }

        /**
         * Adds members to notify through {@code mentioned_list} (group chats and robots).
         *
         * @param userids userids, or {@code @all}
         * @return this builder
         */
        public Builder mentioning(String... userids) {
            mentioned.addAll(Arrays.asList(userids));
            return this;
        }

        /**
         * Adds mobile numbers to notify through {@code mentioned_mobile_list} (robots only).
         *
         * @param mobiles mobile numbers, or {@code @all}
         * @return this builder
         */
        public Builder mentioningMobiles(String... mobiles) {
            mentionedMobiles.addAll(Arrays.asList(mobiles));
            return this;
        }

        /**
         * Builds the message.
         *
         * @return the message
         * @throws WeComValidationException if the content is blank
         */
        public TextMessage build() {
            return new TextMessage(content.toString(), mentioned, mentionedMobiles);
        }
    }
}
