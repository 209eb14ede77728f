package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A customer (external contact) relationship changed ({@code Event=change_external_contact}); the change type
 * is in {@link #changeType()}, its raw string in {@link CallbackHeader#changeType()}.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param changeType {@code ChangeType}, {@link ExternalContactChangeType#UNKNOWN} for a type this SDK does
 *        not know
 * @param userId {@code UserID}, the member
 * @param externalUserId {@code ExternalUserID}, the customer
 * @param state {@code State}, the contact-way state (add events), else null
 * @param welcomeCode {@code WelcomeCode}, to send a welcome message (add events; absent when one cannot be
 *        sent)
 * @param source {@code Source}, e.g. {@code DELETE_BY_TRANSFER} (del_external_contact), else null
 * @param failReason {@code FailReason}: {@code customer_refused} or {@code customer_limit_exceed}
 *        (transfer_fail), else null
 */
public record ExternalContactChangeEvent(
        CallbackHeader header,
        ExternalContactChangeType changeType,
        String userId,
        String externalUserId,
        String state,
        String welcomeCode,
        String source,
        String failReason)
        implements CallbackPayload {}
