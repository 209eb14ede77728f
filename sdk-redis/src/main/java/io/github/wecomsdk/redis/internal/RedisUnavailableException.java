package io.github.wecomsdk.redis.internal;

import io.github.wecomsdk.core.WeComException;

/** Redis did not answer in time, or answered with an error; callers fall back to local state. */
public final class RedisUnavailableException extends WeComException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param message what failed, never with a password
     * @param cause   the underlying failure
     */
    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
