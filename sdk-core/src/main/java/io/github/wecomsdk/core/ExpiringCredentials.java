package io.github.wecomsdk.core;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Keeps expiring credentials (access tokens, jsapi tickets, suite tokens) in a {@link TokenStore} and
 * fetches each one at most once at a time: however many threads ask for a missing or expired
 * credential, exactly one runs the fetch and the others wait for its result (single flight).
 *
 * <p>A credential WeCom rejects is dropped with {@link #invalidate(String, String)}, which removes it
 * only if it is still the stored one. Thread-safe; one instance is shared by a client and every
 * client derived from it.
 */
public final class ExpiringCredentials {

    private final TokenStore store;
    private final Clock clock;
    private final ConcurrentMap<String, CompletableFuture<StoredCredential>> inFlight = new ConcurrentHashMap<>();

    /**
     * Creates a credential cache over a store.
     *
     * @param store where credentials are kept
     * @param clock the clock that decides expiry
     */
    public ExpiringCredentials(TokenStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the usable credential under {@code key}, fetching it if it is missing or expired.
     *
     * @param key   the SDK-built key (never containing a secret)
     * @param fetch asks WeCom for a new credential; runs on the calling thread of one caller only
     * @return the credential's value
     * @throws WeComException whatever the fetch threw; every caller waiting on that fetch gets it
     */
    public String get(String key, Supplier<StoredCredential> fetch) {
        StoredCredential cached = store.get(key);
        if (cached != null && cached.isUsableAt(clock.instant())) {
            return cached.value();
        }
        return refresh(key, fetch).value();
    }

    private StoredCredential refresh(String key, Supplier<StoredCredential> fetch) {
        CompletableFuture<StoredCredential> mine = new CompletableFuture<>();
        CompletableFuture<StoredCredential> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // Another caller may have stored a fresh credential between our read and our claim.
            StoredCredential current = store.get(key);
            if (current == null || !current.isUsableAt(clock.instant())) {
                current = Objects.requireNonNull(fetch.get(), "fetch returned null");
                store.put(key, current);
            }
            mine.complete(current);
            return current;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static StoredCredential await(CompletableFuture<StoredCredential> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComException("Interrupted while waiting for another thread to fetch a WeCom credential", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new WeComException("Fetching a WeCom credential failed", cause);
        }
    }

    /**
     * Drops a credential WeCom rejected, unless another caller already replaced it.
     *
     * @param key           the SDK-built key
     * @param rejectedValue the value WeCom rejected
     */
    public void invalidate(String key, String rejectedValue) {
        store.removeIfValue(key, rejectedValue);
    }

    /**
     * The store behind this cache.
     *
     * @return the token store
     */
    public TokenStore store() {
        return store;
    }
}
