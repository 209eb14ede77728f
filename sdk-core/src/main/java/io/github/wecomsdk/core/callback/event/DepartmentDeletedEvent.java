package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A department was deleted ({@code Event=change_contact}, {@code ChangeType=delete_party}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param id {@code Id}
 */
public record DepartmentDeletedEvent(CallbackHeader header, long id) implements CallbackPayload {}
