package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A robot's markdown_v2 message ({@code msgtype} {@code markdown_v2}): the richer markdown robots
 * accept (tables, lists, images), at most 4,096 bytes of UTF-8.
 *
 * @param content the markdown text
 */
public record MarkdownV2Message(@JsonProperty("content") String content) implements RobotMessage {

    /**
     * Checks the content.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if blank or over 4,096 bytes
     */
    public MarkdownV2Message {
        Rules.text(content, MarkdownMessage.MAX_ROBOT_BYTES, "markdown_v2.content");
    }

    /**
     * A markdown_v2 message.
     *
     * @param content the markdown text
     * @return the message
     */
    public static MarkdownV2Message of(String content) {
        return new MarkdownV2Message(content);
    }

    @Override
    public String msgType() {
        return "markdown_v2";
    }
}
