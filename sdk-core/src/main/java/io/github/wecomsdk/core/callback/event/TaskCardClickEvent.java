package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member clicked a button of a legacy task card ({@code Event=taskcard_click}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}, the button key
 * @param taskId {@code TaskId}
 */
public record TaskCardClickEvent(CallbackHeader header, String eventKey, String taskId) implements CallbackPayload {}
