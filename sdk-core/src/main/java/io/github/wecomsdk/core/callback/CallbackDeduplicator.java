package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.internal.DedupeKeys;

import java.time.Clock;
import java.time.Duration;

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
     * A deduplicator in this process's memory that keeps up to 100,000 keys for 10 minutes.
     *
     * @return a new in-memory deduplicator
     */
    static CallbackDeduplicator inMemory() {
        return new InMemoryCallbackDeduplicator(100_000, Duration.ofMinutes(10), Clock.systemUTC());
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
