package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member clicked a menu item of type click ({@code Event=click}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}, the menu item's key
 */
public record ClickEvent(CallbackHeader header, String eventKey) implements CallbackPayload {}
