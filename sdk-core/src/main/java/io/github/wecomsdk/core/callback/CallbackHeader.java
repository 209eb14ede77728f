package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.internal.Fields;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The fields every callback carries, with the raw type names so nothing WeCom sent is lost even when an
 * enum in a typed view reads {@code UNKNOWN}.
 *
 * @param toUserName   {@code ToUserName}: the corp id (the suite id for third-party callbacks)
 * @param fromUserName {@code FromUserName}: the member's user id, or {@code sys} for system events
 * @param createTime   {@code CreateTime}, Unix seconds; 0 when absent or not a number (the raw text stays
 *                     readable through {@link CallbackMessage#get(String)})
 * @param msgType      {@code MsgType}, e.g. {@code text} or {@code event}; empty when absent
 * @param event        {@code Event} for events, e.g. {@code change_contact}; empty for messages
 * @param changeType   {@code ChangeType} for change events, e.g. {@code create_user}; empty otherwise
 * @param agentId      {@code AgentID}: the app (ids beyond int range occur); empty when absent, empty or not a number
 */
public record CallbackHeader(
        String toUserName,
        String fromUserName,
        long createTime,
        String msgType,
        String event,
        String changeType,
        OptionalLong agentId) {

    /**
     * Creates a header; null strings become empty.
     *
     * @param toUserName   {@code ToUserName}
     * @param fromUserName {@code FromUserName}
     * @param createTime   {@code CreateTime}
     * @param msgType      {@code MsgType}
     * @param event        {@code Event}
     * @param changeType   {@code ChangeType}
     * @param agentId      {@code AgentID}
     */
    public CallbackHeader {
        toUserName = Objects.requireNonNullElse(toUserName, "");
        fromUserName = Objects.requireNonNullElse(fromUserName, "");
        msgType = Objects.requireNonNullElse(msgType, "");
        event = Objects.requireNonNullElse(event, "");
        changeType = Objects.requireNonNullElse(changeType, "");
        agentId = Objects.requireNonNullElse(agentId, OptionalLong.empty());
    }

    /**
     * Reads the header of a parsed callback.
     *
     * @param message the callback
     * @return its header
     */
    public static CallbackHeader of(CallbackMessage message) {
        XmlElement root = message.root();
        return new CallbackHeader(
                root.childText("ToUserName"),
                root.childText("FromUserName"),
                Fields.longOrZero(root, "CreateTime"),
                root.childText("MsgType"),
                root.childText("Event"),
                root.childText("ChangeType"),
                Fields.optionalLong(root, "AgentID"));
    }
}
