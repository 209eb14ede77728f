package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member was updated ({@code Event=change_contact}, {@code ChangeType=update_user}); only changed fields
 * are sent. Contacts-sync callback URLs set after 2022-08-15 receive only {@code UserID}, {@code Department}
 * and {@code NewUserID}.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param newUserId {@code NewUserID} when the user id changed, else null
 * @param user the changed fields; the others are null
 */
public record ContactUserUpdatedEvent(CallbackHeader header, String newUserId, ContactUserFields user)
        implements CallbackPayload {}
