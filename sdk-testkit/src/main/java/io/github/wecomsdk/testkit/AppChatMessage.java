package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message {@link FakeWeCom} accepted on {@code POST /cgi-bin/appchat/send}, kept for assertions with
 * {@link FakeWeCom#appChatMessages()}.
 *
 * @param chatid  the group chat it went to
 * @param msgtype the {@code msgtype}, such as {@code text} or {@code markdown}
 * @param members the chat's members when it was sent
 * @param body    the request body as sent, a copy
 */
public record AppChatMessage(String chatid, String msgtype, List<String> members, JsonNode body) {

    /**
     * Copies the list and the body so the record stays unchanged.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public AppChatMessage {
        Objects.requireNonNull(chatid, "chatid");
        Objects.requireNonNull(msgtype, "msgtype");
        members = List.copyOf(members);
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
     * The text of a {@code text} or {@code markdown} message.
     *
     * @return the {@code content} of the payload, or empty for other message types
     */
    public Optional<String> content() {
        return MessageBodies.content(body, msgtype);
    }
}
