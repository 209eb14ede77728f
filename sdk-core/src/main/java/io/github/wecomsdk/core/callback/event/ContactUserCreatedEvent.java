package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member was created in the address book ({@code Event=change_contact}, {@code ChangeType=create_user}).
 * Contacts-sync callback URLs set after 2022-08-15 receive only {@code UserID} and {@code Department}.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param user the member's fields; those WeCom did not send are null
 */
public record ContactUserCreatedEvent(CallbackHeader header, ContactUserFields user) implements CallbackPayload {}
