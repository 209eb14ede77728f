package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Passes every event on to another listener and remembers the outcome of the app's token fetches. */
final class TokenHealthListener extends WeComListener {

    private static final String GETTOKEN = "/cgi-bin/gettoken";

    private final WeComListener next;
    private final Clock clock;
    private final AtomicReference<TokenHealth> health = new AtomicReference<>(TokenHealth.UNKNOWN);

    TokenHealthListener(WeComListener next, Clock clock) {
        this.next = next;
        this.clock = clock;
    }

    TokenHealth health() {
        return health.get();
    }

    @Override
    public void callStart(CallInfo call) {
        next.callStart(call);
    }

    @Override
    public void callEnd(CallInfo call, int errcode, Duration duration) {
        next.callEnd(call, errcode, duration);
        if (GETTOKEN.equals(call.path()) && errcode != 0) {
            failed("errcode " + errcode);
        }
    }

    @Override
    public void callFailed(CallInfo call, WeComException failure, Duration duration) {
        next.callFailed(call, failure, duration);
        if (GETTOKEN.equals(call.path())) {
            failed(
                    failure instanceof WeComApiException api
                            ? "errcode " + api.errcode()
                            : failure.getClass().getSimpleName());
        }
    }

    @Override
    public void retryScheduled(CallInfo call, WeComException failure, Duration delay) {
        next.retryScheduled(call, failure, delay);
    }

    @Override
    public void credentialRefreshed(String credential, Duration duration) {
        next.credentialRefreshed(credential, duration);
        if (credential != null && credential.startsWith("access_token")) {
            health.updateAndGet(h -> new TokenHealth(clock.instant(), h.lastFailure(), h.failure()));
        }
    }

    @Override
    public void credentialRejected(String credential, int errcode) {
        next.credentialRejected(credential, errcode);
    }

    private void failed(String what) {
        health.updateAndGet(h -> new TokenHealth(h.lastSuccess(), clock.instant(), what));
    }
}
