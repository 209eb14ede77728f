package io.github.wecomsdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.StoredCredential;
import io.github.wecomsdk.core.WeComListener;
import io.github.wecomsdk.core.WeComResponseException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches an access token with {@code GET /cgi-bin/gettoken}. */
public final class TokenFetcher {

    /** WeCom's token endpoint. */
    public static final String GETTOKEN_PATH = "/cgi-bin/gettoken";

    private static final Logger LOG = LoggerFactory.getLogger("io.github.wecomsdk.core.WeComClient");

    private final ApiRequest request;
    private final ResponseDecoder decoder;
    private final Duration refreshMargin;
    private final Clock clock;
    private final WeComListener listener;
    private final String label;
    private CallRunner runner;

    /**
     * Creates the fetcher of one corp and secret.
     *
     * @param corpId        the corp id
     * @param secret        the secret (sent in the query only; never logged)
     * @param decoder       reads the answer
     * @param refreshMargin how long before WeCom's expiry the token is replaced
     * @param clock         the clock that decides expiry
     * @param listener      the listener
     * @param label         how the token is named in logs and listener calls (no secret)
     */
    public TokenFetcher(
            String corpId,
            String secret,
            ResponseDecoder decoder,
            Duration refreshMargin,
            Clock clock,
            WeComListener listener,
            String label) {
        this.request = ApiRequest.get(GETTOKEN_PATH)
                .withoutAccessToken()
                .query("corpid", corpId)
                .query("corpsecret", secret)
                .build();
        this.decoder = decoder;
        this.refreshMargin = refreshMargin;
        this.clock = clock;
        this.listener = listener;
        this.label = label;
    }

    /**
     * Sets the loop the fetch runs through (it needs the fetcher for its own token lookups).
     *
     * @param runner the loop
     */
    public void runThrough(CallRunner runner) {
        this.runner = runner;
    }

    /**
     * Asks WeCom for a token.
     *
     * @param deadline the deadline of the call that needs it
     * @return the token with its expiry
     */
    public StoredCredential fetch(CallDeadline deadline) {
        long started = System.nanoTime();
        JsonNode answer = runner.run(request, null, false, decoder::readJson, false, deadline);
        String token = answer.path("access_token").asText("");
        long expiresIn = answer.path("expires_in").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            throw new WeComResponseException(
                    "WeCom's gettoken answer has no access_token or expires_in", GETTOKEN_PATH, null);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Listeners.safely(() -> listener.credentialRefreshed(label, took));
        LOG.debug("Fetched the {} valid for {} s", label, expiresIn);
        return StoredCredential.issued(token, Duration.ofSeconds(expiresIn), refreshMargin, clock);
    }
}
