package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.internal.DedupeKeys;

/**
 * Recognises WeCom's retries of a callback already received. WeCom re-posts a callback it got no answer to
 * within 5 seconds, up to three times; {@link CallbackHandler} answers a retry without calling the
 * listener again.
 *
 * <p>Keys come from {@link #keyOf(CallbackMessage)}. The default, {@link #inMemory()}, is bounded and
 * local to one process; behind a load balancer, implement this interface on a shared store (for example a
 * Redis {@code SET key 1 NX EX 600}).
 */
@FunctionalInterface
public interface CallbackDeduplicator {

    /**
     * Records a key and tells whether it was seen before. Must be atomic: of concurrent calls with the
     * same key, exactly one returns true.
     *
     * @param key a key from {@link #keyOf(CallbackMessage)}
     * @return true on the first delivery, false for a retry
     */
    boolean firstDelivery(String key);

    /**
     * Forgets a key recorded by {@link #firstDelivery(String)}, so WeCom's next retry of that callback is
     * handled as a first delivery. {@link CallbackHandler} calls it when a listener failed and the callback
     * was answered with an error (at-least-once). A shared store should delete the key (Redis {@code DEL}).
     * The default does nothing; the handler then remembers the failed keys itself (the latest
     * {@value CallbackHandler#MAX_UNRELEASED_FAILURES}, in its own memory), so WeCom's redelivery is handled
     * again when it reaches the same process, but taken as a duplicate by any other instance.
     *
     * @param key a key from {@link #keyOf(CallbackMessage)}
     */
    default void release(String key) {}

    /**
     * Computes the key of a callback. Messages carry a {@code MsgId}: the key is the corp id, agent id and
     * MsgId. Events have none: the key is a SHA-256 over every field the event carries ({@code FromUserName},
     * {@code CreateTime}, {@code Event}, {@code ChangeType}, and every id such as {@code UserID},
     * {@code ExternalUserID}, {@code ChatId}, {@code TagId}, {@code Id}, {@code JobId}), so two distinct
     * events in the same second never share a key while a retry, which repeats the same content, does.
     *
     * @param message the callback
     * @return a key of at most 200 characters, free of secrets
     */
    static String keyOf(CallbackMessage message) {
        return DedupeKeys.of(message);
    }

    /**
     * A deduplicator in this process's memory that keeps up to
     * {@value InMemoryCallbackDeduplicator#DEFAULT_MAX_KEYS} keys for 10 minutes, evicting the oldest first
     * (see {@link InMemoryCallbackDeduplicator} for its memory use).
     *
     * @return a new in-memory deduplicator
     */
    static CallbackDeduplicator inMemory() {
        return new InMemoryCallbackDeduplicator();
    }

    /**
     * A deduplicator that treats every delivery as the first (no deduplication).
     *
     * @return a deduplicator that always answers true
     */
    static CallbackDeduplicator none() {
        return key -> true;
    }
}
