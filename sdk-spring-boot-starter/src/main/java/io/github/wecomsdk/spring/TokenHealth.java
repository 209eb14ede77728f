package io.github.wecomsdk.spring;

import java.time.Instant;

/**
 * The outcome of an app's last access-token fetch, as the health indicator reports it; read from what
 * the app's client observed, never by calling WeCom.
 *
 * @param lastSuccess when a token was last fetched, or {@code null}
 * @param lastFailure when a fetch last failed, or {@code null}
 * @param failure     what the last failure was (an errcode and its meaning, never a secret), or {@code null}
 */
public record TokenHealth(Instant lastSuccess, Instant lastFailure, String failure) {

    /** No fetch yet. */
    public static final TokenHealth UNKNOWN = new TokenHealth(null, null, null);

    /**
     * Whether the last fetch failed.
     *
     * @return {@code true} when a failure is more recent than any success
     */
    public boolean failing() {
        return lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess));
    }
}
