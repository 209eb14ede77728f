package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * New messages or events arrived for a WeChat customer-service account ({@code Event=kf_msg_or_event}); pull
 * them with {@code kf/sync_msg}.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param token {@code Token}, the cursor for {@code kf/sync_msg} (valid 10 minutes)
 * @param openKfId {@code OpenKfId}, the customer-service account
 */
public record KfMsgOrEvent(CallbackHeader header, String token, String openKfId) implements CallbackPayload {}
