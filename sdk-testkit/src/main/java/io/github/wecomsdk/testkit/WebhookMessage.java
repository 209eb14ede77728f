package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A group-robot message {@link FakeWeCom} accepted on {@code POST /cgi-bin/webhook/send}, kept for
 * assertions with {@link FakeWeCom#webhookMessages()}.
 *
 * @param msgtype the {@code msgtype}, such as {@code text} or {@code markdown}
 * @param body    the request body as sent, a copy
 */
public record WebhookMessage(String msgtype, JsonNode body) {

    /**
     * Copies the body so the record stays unchanged.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public WebhookMessage {
        Objects.requireNonNull(msgtype, "msgtype");
        body = body.deepCopy();
    }

    /**
     * The body, a copy each time.
     *
     * @return the request body as sent
     */
    @Override
    public JsonNode body() {
        return body.deepCopy();
    }

    /**
     * The text of a {@code text}, {@code markdown} or {@code markdown_v2} message.
     *
     * @return the {@code content} of the payload, or empty for other message types
     */
    public Optional<String> content() {
        return MessageBodies.content(body, msgtype);
    }

    /**
     * Hides the webhook key, which is a credential; the fake never stores it here.
     *
     * @return the message type and body
     */
    @Override
    public String toString() {
        return "WebhookMessage[msgtype=" + msgtype + ", body=" + body + "]";
    }
}
