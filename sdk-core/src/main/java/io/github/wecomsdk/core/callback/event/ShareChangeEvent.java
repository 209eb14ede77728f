package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * The app's sharing changed: corp-interconnect sharing ({@code Event=share_agent_change}) or
 * upstream/downstream chain sharing ({@code Event=share_chain_change}); {@link CallbackHeader#event()} tells
 * which.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 */
public record ShareChangeEvent(CallbackHeader header) implements CallbackPayload {}
