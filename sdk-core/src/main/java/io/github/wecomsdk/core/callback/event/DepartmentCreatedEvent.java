package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A department was created ({@code Event=change_contact}, {@code ChangeType=create_party}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param id {@code Id}
 * @param name {@code Name}, null when not sent
 * @param parentId {@code ParentId}, null when not sent
 * @param order {@code Order}, null when not sent
 */
public record DepartmentCreatedEvent(CallbackHeader header, long id, String name, Long parentId, Long order)
        implements CallbackPayload {}
