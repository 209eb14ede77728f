package io.github.wecomsdk.core.callback;

/**
 * A member was deleted ({@code Event=change_contact}, {@code ChangeType=delete_user}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param userId {@code UserID}
 */
public record ContactUserDeletedEvent(CallbackHeader header, String userId) implements CallbackPayload {
}
