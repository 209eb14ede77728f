package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member gained access to the app: added to its visible range, joined the corp or was re-enabled ({@code
 * Event=subscribe}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}
 */
public record SubscribeEvent(CallbackHeader header, String eventKey) implements CallbackPayload {}
