package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An app message {@link FakeWeCom} accepted on {@code POST /cgi-bin/message/send}, kept for
 * assertions with {@link FakeWeCom#sentMessages()}.
 *
 * @param msgid      the {@code msgid} the fake answered with (usable with {@code message/recall})
 * @param agentId    the {@code agentid} of the sending app
 * @param msgtype    the {@code msgtype}, such as {@code text} or {@code template_card}
 * @param recipients the members the message reached: the valid {@code touser} entries plus the members
 *                   of the valid {@code toparty} and {@code totag} entries, each once, in that order
 * @param invalid    the {@code invaliduser} entries the fake answered with (unknown userids, lower-cased)
 * @param body       the request body as sent, a copy
 */
public record SentMessage(
        String msgid, long agentId, String msgtype, List<String> recipients, List<String> invalid, JsonNode body) {

    /**
     * Copies the lists and the body so the record stays unchanged.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public SentMessage {
        Objects.requireNonNull(msgid, "msgid");
        Objects.requireNonNull(msgtype, "msgtype");
        recipients = List.copyOf(recipients);
        invalid = List.copyOf(invalid);
        body = body.deepCopy();
    }

    /**
     * The body, a copy each time, so callers may not change what the fake recorded.
     *
     * @return the request body as sent
     */
    @Override
    public JsonNode body() {
        return body.deepCopy();
    }

    /**
     * The text of a {@code text} or {@code markdown} message.
     *
     * @return {@code text.content} or {@code markdown.content}, or empty for other message types
     */
    public Optional<String> content() {
        return MessageBodies.content(body, msgtype);
    }
}
