package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import java.util.Objects;
import java.util.function.Function;

/**
 * Handles one kind of callback, registered on a {@link CallbackRouter}. Runs on the thread that received
 * the HTTP request: keep it well under WeCom's 5-second limit and hand slow work to your own executor.
 */
@FunctionalInterface
public interface CallbackListener {

    /**
     * Handles a callback.
     *
     * @param message the verified, decrypted and parsed callback; {@link CallbackMessage#payload()} gives
     *                its typed view
     * @return a passive reply for the member, or null for none
     */
    PassiveReply onCallback(CallbackMessage message);

    /**
     * Adapts a function of a typed view to a listener, e.g.
     * {@code onChange("change_contact", "create_user", typed(ContactUserCreatedEvent.class, e -> ...))}.
     *
     * @param type    the payload record the callbacks routed here map to
     * @param handler the function; returns a passive reply or null
     * @param <T>     the payload type
     * @return a listener that calls {@code handler} with the callback's typed view
     * @throws CallbackException (from the returned listener, {@link Reason#UNEXPECTED_PAYLOAD}) when a
     *                           callback of another type is routed to it
     */
    static <T extends CallbackPayload> CallbackListener typed(
            Class<T> type, Function<? super T, PassiveReply> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        return message -> {
            CallbackPayload payload = message.payload();
            if (!type.isInstance(payload)) {
                throw new CallbackException(
                        Reason.UNEXPECTED_PAYLOAD,
                        "listener for " + type.getSimpleName() + " received "
                                + payload.getClass().getSimpleName());
            }
            return handler.apply(type.cast(payload));
        };
    }
}
