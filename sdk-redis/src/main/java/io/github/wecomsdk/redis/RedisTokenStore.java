package io.github.wecomsdk.redis;

import io.github.wecomsdk.core.StoredCredential;
import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.WeComTimeoutException;
import io.github.wecomsdk.redis.internal.RedisGateway;
import io.github.wecomsdk.redis.internal.RedisUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A {@link TokenStore} on Redis, so every instance of a service uses one access token (and one of each
 * ticket) and the fleet calls {@code gettoken} once per expiry instead of once per instance.
 *
 * <p><b>Keys and values.</b> Each credential lives under {@code prefix + key}, where {@code key} is the
 * SDK's own key: one per corp, secret fingerprint (never the secret) and credential kind, so two apps of
 * a corp, or a token and a ticket, never share a key. The value is the credential itself as a plain
 * string, readable by any client; its Redis TTL is the time left before the SDK stops using it (WeCom's
 * {@code expires_in} less the client's refresh margin).
 *
 * <p><b>Near cache.</b> A usable credential read once is kept in this process until it expires, so a
 * healthy token costs no Redis round trip per call. When WeCom rejects a token, the local copy is
 * dropped, and Redis's only if Redis still holds the rejected value (one script), so a token that
 * another instance just fetched is never discarded.
 *
 * <p><b>One refresh per fleet.</b> When the token is missing or rejected, instances race for a lock
 * ({@code SET NX PX} with this instance's owner id and a lease): the winner calls {@code gettoken}, stores
 * the token and releases the lock only if it still owns it (compare-and-delete in one script); a crashed
 * winner's lock expires with its lease. The others poll the token with a bounded, jittered backoff (50 ms
 * doubling to 500 ms, never a tight loop) until it appears, the lock frees, or the call's deadline passes.
 *
 * <p><b>Redis down.</b> Calls still work: each instance serves its own near cache and, when that
 * expires, fetches for itself (once per expiry, under core's in-process single flight), so an outage
 * never turns into a {@code gettoken} storm. One warning is logged per outage; recovery is automatic.
 *
 * <p>Thread-safe. {@link #toString()} shows no value.
 */
public final class RedisTokenStore implements TokenStore {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
    private static final Duration MAX_BACKOFF = Duration.ofMillis(500);

    private final RedisGateway redis;
    private final String prefix;
    private final Duration lockLease;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ConcurrentMap<String, StoredCredential> near = new ConcurrentHashMap<>();

    RedisTokenStore(RedisGateway redis, String prefix, Duration lockLease, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.lockLease = Objects.requireNonNull(lockLease, "lockLease");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads a credential: from this process while it is usable, otherwise from Redis (its remaining TTL
     * becomes its expiry), otherwise what this process last had.
     *
     * @param key the SDK-built key
     * @return the credential, possibly expired, or {@code null}
     */
    @Override
    public StoredCredential get(String key) {
        StoredCredential local = near.get(key);
        if (local != null && local.isUsableAt(clock.instant())) {
            return local;
        }
        StoredCredential shared = readShared(key);
        return shared != null ? shared : local;
    }

    /**
     * Stores a credential here and in Redis with the TTL left before its expiry; if Redis does not
     * answer, the credential is kept here only.
     *
     * @param key        the SDK-built key
     * @param credential the credential
     */
    @Override
    public void put(String key, StoredCredential credential) {
        near.put(key, credential);
        Duration ttl = Duration.between(clock.instant(), credential.expiresAt());
        if (ttl.isNegative() || ttl.isZero() || !redis.available()) {
            return;
        }
        try {
            redis.set(prefix + key, credential.value(), ttl);
        } catch (RedisUnavailableException e) {
            // Kept in the near cache; the gateway logged the outage once.
        }
    }

    /**
     * Drops a rejected value here, and in Redis only if Redis still holds it.
     *
     * @param key           the SDK-built key
     * @param rejectedValue the value WeCom rejected
     */
    @Override
    public void removeIfValue(String key, String rejectedValue) {
        near.computeIfPresent(key, (k, held) -> held.value().equals(rejectedValue) ? null : held);
        if (!redis.available()) {
            return;
        }
        try {
            redis.deleteIfEquals(prefix + key, rejectedValue);
        } catch (RedisUnavailableException e) {
            // The local copy is gone; Redis's expires with its TTL or is replaced by the next refresh.
        }
    }

    /**
     * Makes sure one instance of the fleet fetches a new credential while the others wait for it.
     *
     * @param key           the SDK-built key
     * @param rejectedValue a value WeCom just rejected (never returned), or {@code null}
     * @param deadline      when the caller stops waiting (wall-clock time, as core computes it)
     * @param fetch         calls WeCom
     * @return a usable credential
     * @throws WeComTimeoutException if another instance held the lock past the deadline and no new
     *                               credential appeared (nothing was fetched by this caller)
     */
    @Override
    public StoredCredential refresh(
            String key, String rejectedValue, Instant deadline, Supplier<StoredCredential> fetch) {
        Duration backoff = FIRST_BACKOFF;
        String lock = prefix + key + ":lock";
        while (true) {
            if (!redis.available()) {
                return fetchAndStore(key, fetch);
            }
            try {
                StoredCredential shared = readShared(key);
                if (fresh(shared, rejectedValue)) {
                    return shared;
                }
                if (redis.setIfAbsent(lock, owner, lockLease)) {
                    try {
                        StoredCredential again = readShared(key);
                        return fresh(again, rejectedValue) ? again : fetchAndStore(key, fetch);
                    } finally {
                        releaseLock(lock);
                    }
                }
            } catch (RedisUnavailableException e) {
                return fetchAndStore(key, fetch);
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new WeComTimeoutException(
                        "Waited until the call's deadline for another instance to refresh"
                                + " the WeCom credential " + key + "; it still holds the refresh lock (it is released"
                                + " within " + lockLease.toSeconds() + " s if that instance died). Nothing was sent.",
                        null,
                        false,
                        null);
            }
            sleep(backoff, deadline);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private boolean fresh(StoredCredential credential, String rejectedValue) {
        return credential != null
                && credential.isUsableAt(clock.instant())
                && (rejectedValue == null || !rejectedValue.equals(credential.value()));
    }

    private StoredCredential fetchAndStore(String key, Supplier<StoredCredential> fetch) {
        StoredCredential fetched = Objects.requireNonNull(fetch.get(), "fetch returned null");
        put(key, fetched);
        return fetched;
    }

    private StoredCredential readShared(String key) {
        if (!redis.available()) {
            return null;
        }
        try {
            RedisGateway.ValueWithTtl held = redis.getWithTtl(prefix + key);
            if (held == null || held.ttlMillis() <= 0) {
                return null;
            }
            StoredCredential credential =
                    new StoredCredential(held.value(), clock.instant().plusMillis(held.ttlMillis()));
            near.put(key, credential);
            return credential;
        } catch (RedisUnavailableException e) {
            return null;
        }
    }

    private void releaseLock(String lock) {
        try {
            redis.deleteIfEquals(lock, owner);
        } catch (RedisUnavailableException e) {
            // The lease frees it.
        }
    }

    private void sleep(Duration backoff, Instant deadline) {
        long left = deadline.equals(Instant.MAX)
                ? Long.MAX_VALUE
                : Duration.between(Instant.now(), deadline).toMillis();
        long jittered = backoff.toMillis() / 2 + ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2 + 1);
        try {
            Thread.sleep(Math.max(1, Math.min(left, jittered)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComTimeoutException(
                    "Interrupted while waiting for another instance to refresh a WeCom" + " credential",
                    null,
                    false,
                    e);
        }
    }

    @Override
    public String toString() {
        return "RedisTokenStore[prefix=" + prefix + ", cached=" + near.size() + "]";
    }
}
