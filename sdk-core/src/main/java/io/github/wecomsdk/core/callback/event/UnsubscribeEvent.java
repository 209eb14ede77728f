package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member lost access to the app: removed from its visible range, left the corp or was disabled ({@code
 * Event=unsubscribe}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}
 */
public record UnsubscribeEvent(CallbackHeader header, String eventKey) implements CallbackPayload {}
