package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A mini-program notice ({@code msgtype} {@code miniprogram_notice}), sent only by apps bound to a
 * mini program, never to {@code @all}.
 *
 * <p>Limits: appid required; page at most 1,024 bytes; title required, 4 to 12 characters;
 * description 4 to 12 characters; at most 10 content items, key at most 10 and value at most 30
 * characters.
 *
 * @param appId             the mini program's appid
 * @param page              the page opened on click, or {@code null} for none
 * @param title             the title
 * @param description       the description, or {@code null}
 * @param emphasisFirstItem whether the first item is shown large, or {@code null}
 * @param contentItems      the key-value lines, at most 10
 */
public record MiniProgramNoticeMessage(
        @JsonProperty("appid") String appId,
        @JsonProperty("page") String page,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("emphasis_first_item") Boolean emphasisFirstItem,

        @JsonProperty("content_item") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Item> contentItems)
        implements AppMessage {

    /**
     * Checks the parts.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if a limit is broken
     */
    public MiniProgramNoticeMessage {
        Checks.notBlank(appId, "miniprogram_notice.appid");
        Checks.maxBytes(page, 1024, "miniprogram_notice.page");
        between(Checks.notBlank(title, "miniprogram_notice.title"), "miniprogram_notice.title");
        if (description != null) {
            between(description, "miniprogram_notice.description");
        }
        contentItems = Rules.count(
                Rules.copy(contentItems, "miniprogram_notice.content_item"), 0, 10, "miniprogram_notice.content_item");
    }

    private static void between(String value, String field) {
        int length = value.codePointCount(0, value.length());
        Rules.require(length >= 4 && length <= 12, field + " must be 4 to 12 characters; got " + length);
    }

    /**
     * Starts a notice.
     *
     * @param appId the mini program's appid
     * @param title 4 to 12 characters
     * @return a builder
     */
    public static Builder builder(String appId, String title) {
        return new Builder(appId, title);
    }

    @Override
    public String msgType() {
        return "miniprogram_notice";
    }

    /**
     * One key-value line.
     *
     * @param key   at most 10 characters
     * @param value at most 30 characters
     */
    public record Item(
            @JsonProperty("key") String key,
            @JsonProperty("value") String value) {

        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if too long
         */
        public Item {
            Checks.maxChars(key, 10, "miniprogram_notice.content_item.key");
            Checks.maxChars(value, 30, "miniprogram_notice.content_item.value");
            Rules.require(key != null || value != null, "miniprogram_notice.content_item needs a key or a value");
        }
    }

    /** Builds a {@link MiniProgramNoticeMessage}. Not thread-safe. */
    public static final class Builder {

        private final String appId;
        private final String title;
        private String page;
        private String description;
        private Boolean emphasisFirstItem;
        private final List<Item> items = new ArrayList<>();

        private Builder(String appId, String title) {
            this.appId = appId;
            this.title = title;
        }

        /**
         * The page opened on click.
         *
         * @param page at most 1,024 bytes
         * @return this builder
         */
        public Builder page(String page) {
            this.page = page;
            return this;
        }

        /**
         * The description.
         *
         * @param description 4 to 12 characters
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Shows the first item large.
         *
         * @param emphasis whether to
         * @return this builder
         */
        public Builder emphasisFirstItem(boolean emphasis) {
            this.emphasisFirstItem = emphasis;
            return this;
        }

        /**
         * Adds a key-value line.
         *
         * @param key   at most 10 characters
         * @param value at most 30 characters
         * @return this builder
         */
        public Builder item(String key, String value) {
            items.add(new Item(key, value));
            return this;
        }

        /**
         * Builds the notice.
         *
         * @return the message
         * @throws io.github.wecomsdk.core.WeComValidationException if a limit is broken
         */
        public MiniProgramNoticeMessage build() {
            return new MiniProgramNoticeMessage(appId, page, title, description, emphasisFirstItem, items);
        }
    }
}
