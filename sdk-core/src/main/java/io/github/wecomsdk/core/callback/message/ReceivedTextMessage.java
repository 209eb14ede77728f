package io.github.wecomsdk.core.callback.message;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A text message a member sent to the app ({@code MsgType=text}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param msgId {@code MsgId}, unique per message; the key WeCom retries are deduplicated by
 * @param content {@code Content}, the text
 */
public record ReceivedTextMessage(CallbackHeader header, long msgId, String content) implements CallbackPayload {}
