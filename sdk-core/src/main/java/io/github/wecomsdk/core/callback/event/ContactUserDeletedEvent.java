package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member was deleted ({@code Event=change_contact}, {@code ChangeType=delete_user}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param userId {@code UserID}
 */
public record ContactUserDeletedEvent(CallbackHeader header, String userId) implements CallbackPayload {}
