package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member clicked a menu item that opens a URL ({@code Event=view}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}, the URL
 */
public record ViewEvent(CallbackHeader header, String eventKey) implements CallbackPayload {}
