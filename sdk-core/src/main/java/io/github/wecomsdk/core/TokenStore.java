package io.github.wecomsdk.core;

/**
 * Where access tokens and other expiring credentials are kept between calls. The default,
 * {@link InMemoryTokenStore}, serves one JVM; a shared store (such as the one in {@code sdk-redis})
 * lets many instances use one token, which matters because WeCom rate-limits {@code gettoken}.
 *
 * <p>Keys are built by the SDK and never contain a secret: a corp secret appears only as a short
 * one-way hash. Implementations must be thread-safe and should not throw; a store that fails should
 * throw a {@link WeComException} that says which store and what to check.
 */
public interface TokenStore {

    /**
     * Reads a credential.
     *
     * @param key the SDK-built key
     * @return the stored credential, possibly expired, or {@code null} if there is none
     */
    StoredCredential get(String key);

    /**
     * Stores a credential, replacing any previous one under the key.
     *
     * @param key        the SDK-built key
     * @param credential the credential and its expiry
     */
    void put(String key, StoredCredential credential);

    /**
     * Removes the credential under {@code key} only if its value is still {@code rejectedValue}, so a
     * caller holding a stale token never discards a fresh one that another caller fetched.
     *
     * @param key           the SDK-built key
     * @param rejectedValue the value WeCom rejected
     */
    void removeIfValue(String key, String rejectedValue);
}
