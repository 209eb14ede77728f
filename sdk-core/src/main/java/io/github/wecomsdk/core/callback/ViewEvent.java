package io.github.wecomsdk.core.callback;

/**
 * A member clicked a menu item that opens a URL ({@code Event=view}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}, the URL
 */
public record ViewEvent(CallbackHeader header, String eventKey) implements CallbackPayload {
}
