package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member opened the app ({@code Event=enter_agent}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}
 */
public record EnterAgentEvent(CallbackHeader header, String eventKey) implements CallbackPayload {}
