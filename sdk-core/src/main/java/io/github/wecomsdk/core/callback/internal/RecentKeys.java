package io.github.wecomsdk.core.callback.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded set of keys that forgets the oldest when full. Thread-safe. Not part of the public API.
 */
public final class RecentKeys {

    private final Map<String, Boolean> keys;

    /**
     * Creates an empty set.
     *
     * @param maxKeys the most keys kept, positive
     */
    public RecentKeys(int maxKeys) {
        this.keys = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Adds a key, as the newest.
     *
     * @param key the key
     */
    public synchronized void add(String key) {
        keys.remove(key);
        keys.put(key, Boolean.TRUE);
    }

    /**
     * Removes a key.
     *
     * @param key the key
     * @return true when the key was held
     */
    public synchronized boolean remove(String key) {
        return keys.remove(key) != null;
    }
}
