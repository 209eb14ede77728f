package io.github.wecomsdk.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;

/**
 * A {@link TokenStore} in this JVM's memory, on Caffeine. Entries leave the cache by themselves when
 * they expire, and at most {@code maximumSize} are kept (one per corp, app secret and credential kind
 * in use, so the default of 10,000 is far above need).
 */
public final class InMemoryTokenStore implements TokenStore {

    private final Cache<String, StoredCredential> cache;

    /** Creates a store of at most 10,000 credentials. */
    public InMemoryTokenStore() {
        this(10_000);
    }

    /**
     * Creates a store of at most {@code maximumSize} credentials.
     *
     * @param maximumSize how many credentials to keep at most
     */
    public InMemoryTokenStore(long maximumSize) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(new Expiry<String, StoredCredential>() {
                    @Override
                    public long expireAfterCreate(String key, StoredCredential value, long currentTime) {
                        return untilExpiry(value);
                    }

                    @Override
                    public long expireAfterUpdate(String key, StoredCredential value, long currentTime,
                                                  long currentDuration) {
                        return untilExpiry(value);
                    }

                    @Override
                    public long expireAfterRead(String key, StoredCredential value, long currentTime,
                                                long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    private static long untilExpiry(StoredCredential credential) {
        Duration left = Duration.between(Instant.now(), credential.expiresAt());
        // Kept a minute past its expiry: the client checks expiry with its own clock.
        return left.isNegative() ? Duration.ofMinutes(1).toNanos()
                : left.plusMinutes(1).toNanos();
    }

    @Override
    public StoredCredential get(String key) {
        return cache.getIfPresent(key);
    }

    @Override
    public void put(String key, StoredCredential credential) {
        cache.put(key, credential);
    }

    @Override
    public void removeIfValue(String key, String rejectedValue) {
        cache.asMap().computeIfPresent(key, (k, current) -> current.value().equals(rejectedValue) ? null : current);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[size=" + cache.estimatedSize() + "]";
    }
}
