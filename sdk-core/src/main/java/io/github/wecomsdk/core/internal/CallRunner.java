package io.github.wecomsdk.core.internal;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComHttpException;
import io.github.wecomsdk.core.WeComListener;
import io.github.wecomsdk.core.WeComResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attempt loop of every call: adds the token, sends, reads, refreshes a rejected token once,
 * retries what the {@link RetryPolicy} allows, and keeps the whole call within its deadline.
 */
public final class CallRunner {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.wecomsdk.core.WeComClient");

    /** Reads one HTTP response into the call's result. */
    @FunctionalInterface
    public interface ResponseReader<R> {
        /**
         * Reads the response.
         *
         * @param request  the request
         * @param response the successful (2xx) response
         * @return the result
         * @throws IOException if the body cannot be read
         */
        R read(ApiRequest request, Response response) throws IOException;
    }

    /** Where the loop gets access tokens and reports rejected ones. */
    public interface TokenSource {
        /**
         * A token usable for the call, waiting at most until the deadline.
         *
         * @param request  the call that needs it
         * @param deadline the call's deadline
         * @param rejected the token WeCom just rejected for this call, or {@code null}
         * @return the token
         */
        String token(ApiRequest request, CallDeadline deadline, String rejected);

        /**
         * WeCom rejected {@code token}.
         *
         * @param token   the token
         * @param errcode WeCom's errcode
         */
        void rejected(String token, int errcode);
    }

    private final OkHttpClient http;
    private final RequestMapper mapper;
    private final RetryPolicy retryPolicy;
    private final WeComListener listener;
    private final TokenSource tokens;

    /**
     * Creates the loop for one client.
     *
     * @param http        the OkHttp client (its own connection retry off)
     * @param mapper      maps requests
     * @param retryPolicy when to retry
     * @param listener    the listener
     * @param tokens      the token source
     */
    public CallRunner(
            OkHttpClient http,
            RequestMapper mapper,
            RetryPolicy retryPolicy,
            WeComListener listener,
            TokenSource tokens) {
        this.http = http;
        this.mapper = mapper;
        this.retryPolicy = retryPolicy;
        this.listener = listener;
        this.tokens = tokens;
    }

    /**
     * Runs a call to the end: a result, or the exception of the last attempt.
     *
     * @param request   the request
     * @param absolute  an exact URL to call, or {@code null} for the base URL plus the request's path
     * @param withToken whether to add the access token
     * @param reader    reads a successful response
     * @param streaming whether the result keeps the body open (a download): the deadline then covers
     *                  opening it, not reading it
     * @param deadline  the call's deadline
     * @param <R>       the result type
     * @return the result
     */
    public <R> R run(
            ApiRequest request,
            HttpUrl absolute,
            boolean withToken,
            ResponseReader<R> reader,
            boolean streaming,
            CallDeadline deadline) {
        CallClock callClock = new CallClock();
        boolean tokenRefreshed = false;
        String rejected = null;
        WeComException last = null;
        int attempt = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw Failures.interrupted(request, last);
            }
            if (deadline.expired()) {
                throw Failures.deadlinePassed(
                        request, deadline, last == null ? "waiting to start" : "waiting to retry", last);
            }
            attempt++;
            String token = withToken ? tokens.token(request, deadline, rejected) : null;
            try {
                return attempt(request, absolute, token, attempt, reader, streaming, deadline);
            } catch (WeComApiException api) {
                if (token != null && api.isTokenRejected() && !tokenRefreshed) {
                    tokenRefreshed = true;
                    rejected = token;
                    tokens.rejected(token, api.errcode());
                    LOG.debug(
                            "WeCom rejected the access token with errcode {}; fetching a new one and repeating {}"
                                    + " once",
                            api.errcode(),
                            request);
                    continue;
                }
                last = tokenRefreshed && api.isTokenRejected() ? Failures.stillRejected(api) : api;
                scheduleRetryOrThrow(request, last, attempt, callClock, deadline);
            } catch (WeComException failure) {
                last = failure;
                scheduleRetryOrThrow(request, failure, attempt, callClock, deadline);
            }
        }
    }

    private void scheduleRetryOrThrow(
            ApiRequest request, WeComException failure, int attempt, CallClock callClock, CallDeadline deadline) {
        Optional<Duration> planned = retryPolicy.retryDelay(failure, request, attempt, callClock.elapsed());
        if (planned.isEmpty()
                || planned.get().toNanos() >= deadline.remainingNanos()
                || Thread.currentThread().isInterrupted()) {
            if (failure instanceof WeComApiException api && Failures.isBusyOnUnrepeatable(request, api)) {
                throw Failures.busyOutcomeUnknown(request, api);
            }
            throw failure;
        }
        Duration delay = planned.get();
        WeComListener.CallInfo call =
                new WeComListener.CallInfo(request.method().name(), request.path(), attempt);
        Listeners.safely(() -> listener.retryScheduled(call, failure, delay));
        LOG.debug(
                "Retrying {} in {} ms after attempt {}: {}", request, delay.toMillis(), attempt, failure.getMessage());
        long sleepStarted = System.nanoTime();
        retryPolicy.sleep(delay);
        callClock.waited(delay, System.nanoTime() - sleepStarted);
    }

    /**
     * Time spent on one call, waits counted as scheduled rather than as slept, so the policy's total-time
     * bound holds the same with a real or an injected sleeper.
     */
    private static final class CallClock {
        private final long started = System.nanoTime();
        private long scheduledWaitNanos;
        private long sleptNanos;

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started - sleptNanos + scheduledWaitNanos);
        }

        void waited(Duration scheduled, long slept) {
            scheduledWaitNanos += scheduled.toNanos();
            sleptNanos += slept;
        }
    }

    private <R> R attempt(
            ApiRequest request,
            HttpUrl absolute,
            String token,
            int attempt,
            ResponseReader<R> reader,
            boolean streaming,
            CallDeadline deadline) {
        WeComListener.CallInfo call =
                new WeComListener.CallInfo(request.method().name(), request.path(), attempt);
        Request httpRequest = mapper.toHttp(request, absolute, token);
        Listeners.safely(() -> listener.callStart(call));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} (attempt {})", request.method(), mapper.loggable(httpRequest.url()), attempt);
        }
        long started = System.nanoTime();
        Call httpCall = http.newCall(httpRequest);
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
            throw failed(call, Failures.deadlinePassed(request, deadline, "waiting to start", null), started);
        }
        Watchdog.Guard guard = null;
        if (streaming) {
            guard = Watchdog.arm(httpCall, remaining);
        } else {
            long perAttempt = httpCall.timeout().timeoutNanos();
            httpCall.timeout()
                    .timeout(perAttempt == 0 ? remaining : Math.min(perAttempt, remaining), TimeUnit.NANOSECONDS);
        }
        Response response;
        try {
            response = httpCall.execute();
        } catch (IOException e) {
            boolean deadlineHit = disarmedLate(guard) || deadline.expired();
            throw failed(call, Failures.network(request, e, deadlineHit, deadline), started);
        }
        R result;
        try {
            if (!response.isSuccessful()) {
                response.close();
                throw new WeComHttpException(response.code(), request.path());
            }
            result = reader.read(request, response);
            if (disarmedLate(guard)) {
                response.close();
                throw new InterruptedIOException("the call's deadline passed while the download was opening");
            }
        } catch (WeComApiException api) {
            disarmedLate(guard);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Listeners.safely(() -> listener.callEnd(call, api.errcode(), took));
            LOG.debug("{} {} -> errcode {} in {} ms", request.method(), request.path(), api.errcode(), took.toMillis());
            throw api;
        } catch (WeComException e) {
            disarmedLate(guard);
            response.close();
            throw failed(call, e, started);
        } catch (IOException e) {
            boolean deadlineHit = disarmedLate(guard) || deadline.expired();
            response.close();
            throw failed(call, Failures.network(request, e, deadlineHit, deadline), started);
        } catch (RuntimeException e) {
            disarmedLate(guard);
            response.close();
            throw failed(
                    call,
                    new WeComResponseException(
                            "Could not read WeCom's answer to " + request + ": "
                                    + e.getClass().getSimpleName(),
                            request.path(),
                            e),
                    started);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Listeners.safely(() -> listener.callEnd(call, 0, took));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> errcode 0 in {} ms", request.method(), request.path(), took.toMillis());
        }
        return result;
    }

    /** Disarms the guard; {@code true} if it had already fired (the call was cancelled by the deadline). */
    private static boolean disarmedLate(Watchdog.Guard guard) {
        return guard != null && !guard.disarm();
    }

    private WeComException failed(WeComListener.CallInfo call, WeComException failure, long started) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Listeners.safely(() -> listener.callFailed(call, failure, took));
        LOG.debug("{} {} failed after {} ms: {}", call.method(), call.path(), took.toMillis(), failure.getMessage());
        return failure;
    }
}
