package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A department was updated ({@code Event=change_contact}, {@code ChangeType=update_party}); only changed
 * fields are sent.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param id {@code Id}
 * @param name {@code Name} when changed, else null
 * @param parentId {@code ParentId} when changed, else null
 */
public record DepartmentUpdatedEvent(CallbackHeader header, long id, String name, Long parentId)
        implements CallbackPayload {}
