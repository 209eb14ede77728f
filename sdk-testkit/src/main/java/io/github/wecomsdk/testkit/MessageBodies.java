package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reads the recorded request bodies of message sends, the same way for every kind of send. */
final class MessageBodies {

    private MessageBodies() {}

    /**
     * The {@code content} of a message's payload, as {@code text} and {@code markdown} messages carry it.
     *
     * @param body    the request body as sent
     * @param msgtype the body's msgtype, which names the payload field
     * @return the content, or empty for message types without one
     */
    static Optional<String> content(JsonNode body, String msgtype) {
        JsonNode content = body.path(msgtype).path("content");
        return content.isTextual() ? Optional.of(content.asText()) : Optional.empty();
    }
}
