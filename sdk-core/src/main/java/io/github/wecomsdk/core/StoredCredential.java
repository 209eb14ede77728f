package io.github.wecomsdk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An expiring credential as kept in a {@link TokenStore}: an access token, a jsapi ticket or any
 * other value WeCom issues with a lifetime. {@link #toString()} never shows the value.
 *
 * @param value     the credential itself
 * @param expiresAt when the SDK stops using it (already shortened by the refresh margin)
 */
public record StoredCredential(String value, Instant expiresAt) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if either part is {@code null}
     */
    public StoredCredential {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * A credential WeCom issued now with {@code expires_in} seconds of life, to be replaced
     * {@code refreshMargin} before WeCom's deadline (or at half its life, when that is shorter).
     *
     * @param value         the credential
     * @param lifetime      WeCom's {@code expires_in}
     * @param refreshMargin how long before WeCom's deadline to stop using it
     * @param clock         the clock that says "now"
     * @return the stored form
     */
    public static StoredCredential issued(String value, Duration lifetime, Duration refreshMargin, Clock clock) {
        Duration margin = refreshMargin.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshMargin;
        return new StoredCredential(value, clock.instant().plus(lifetime).minus(margin));
    }

    /**
     * Whether the credential may still be used at {@code now}.
     *
     * @param now the current instant
     * @return {@code true} while {@code now} is before {@link #expiresAt()}
     */
    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "StoredCredential[value=***, expiresAt=" + expiresAt + "]";
    }
}
