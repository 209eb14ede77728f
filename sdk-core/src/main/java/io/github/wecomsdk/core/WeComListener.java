package io.github.wecomsdk.core;

import java.time.Duration;

/**
 * Hooks for metrics and tracing (Micrometer, OpenTelemetry, ...) without the SDK depending on them.
 * Every method does nothing by default; override what you need. Methods are called on the calling
 * thread, must be fast and should not throw: an exception they throw is logged and ignored.
 */
public abstract class WeComListener {

    /** A listener that does nothing. */
    public static final WeComListener NONE = new WeComListener() {};

    /** Creates a listener. */
    protected WeComListener() {}

    /**
     * An attempt of a call is about to be sent.
     *
     * @param call the method, path and attempt number
     */
    public void callStart(CallInfo call) {}

    /**
     * WeCom answered an attempt; {@code errcode} is 0 on success.
     *
     * @param call     the method, path and attempt number
     * @param errcode  WeCom's errcode
     * @param duration the attempt's duration
     */
    public void callEnd(CallInfo call, int errcode, Duration duration) {}

    /**
     * An attempt ended without an answer from WeCom (network, timeout, HTTP status, unreadable body).
     *
     * @param call     the method, path and attempt number
     * @param failure  what happened
     * @param duration the attempt's duration
     */
    public void callFailed(CallInfo call, WeComException failure, Duration duration) {}

    /**
     * A failed attempt will be repeated after {@code delay}.
     *
     * @param call    the attempt that failed
     * @param failure why it failed
     * @param delay   the wait before the next attempt
     */
    public void retryScheduled(CallInfo call, WeComException failure, Duration delay) {}

    /**
     * A credential (access token, jsapi ticket, ...) was fetched from WeCom.
     *
     * @param credential the credential's kind and corp, never its value or secret
     * @param duration   how long the fetch took
     */
    public void credentialRefreshed(String credential, Duration duration) {}

    /**
     * WeCom rejected a cached credential; it was dropped and will be fetched again.
     *
     * @param credential the credential's kind and corp, never its value or secret
     * @param errcode    WeCom's errcode (40001, 40014 or 42001)
     */
    public void credentialRejected(String credential, int errcode) {}

    /**
     * The method, path and attempt of one attempt of a call.
     *
     * @param method  {@code GET} or {@code POST}
     * @param path    the API path, without query
     * @param attempt 1 for the first attempt
     */
    public record CallInfo(String method, String path, int attempt) {}
}
