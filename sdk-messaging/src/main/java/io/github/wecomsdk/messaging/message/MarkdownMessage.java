package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * A markdown message ({@code msgtype} {@code markdown}) in WeCom's subset: headings, bold, links,
 * inline code, quotes and {@code <font color="info|comment|warning">}.
 *
 * <p>Limits: app messages and group chats take at most 2,048 bytes of UTF-8 (checked when sent
 * there); robots take at most 4,096 bytes (checked here).
 *
 * @param content the markdown text
 */
public record MarkdownMessage(@JsonProperty("content") String content) implements ChatMessage, RobotMessage {

    /** The app-message and group-chat limit, in UTF-8 bytes. */
    public static final int MAX_APP_BYTES = 2048;
    /** The robot limit, in UTF-8 bytes. */
    public static final int MAX_ROBOT_BYTES = 4096;

    /**
     * Checks the content.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if blank or over 4,096 bytes
     */
    public MarkdownMessage {
        Rules.text(content, MAX_ROBOT_BYTES, "markdown.content");
    }

    /**
     * A markdown message.
     *
     * @param content the markdown text
     * @return the message
     */
    public static MarkdownMessage of(String content) {
        return new MarkdownMessage(content);
    }

    /**
     * Checks the app-message and group-chat limit.
     *
     * @return this message
     * @throws io.github.wecomsdk.core.WeComValidationException if over 2,048 bytes
     */
    public MarkdownMessage requireAppLimit() {
        Checks.maxBytes(content, MAX_APP_BYTES, "markdown.content");
        return this;
    }

    @Override
    public String msgType() {
        return "markdown";
    }
}
