package io.github.wecomsdk.core.internal;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComErrorCodes;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/** Turns what went wrong in an attempt into the SDK's exceptions, with what the caller can do. */
public final class Failures {

    private Failures() {}

    /**
     * An I/O failure of an attempt.
     *
     * @param request     the request
     * @param e           the failure
     * @param deadlineHit whether the call's overall deadline cut the attempt
     * @param deadline    the call's deadline, for the message
     * @return a network or timeout exception saying whether WeCom may have received the request
     */
    public static WeComNetworkException network(
            ApiRequest request, IOException e, boolean deadlineHit, CallDeadline deadline) {
        boolean notSent = notSent(e);
        String sent = notSent ? " (the request was not sent)" : " (WeCom may have received the request)";
        if (Thread.currentThread().isInterrupted()) {
            return new WeComNetworkException(
                    "Interrupted while calling WeCom " + request + sent, request.path(), !notSent, e);
        }
        if (deadlineHit) {
            return new WeComTimeoutException(
                    "WeCom call " + request + " did not finish within its deadline of "
                            + deadline.budget().toMillis() + " ms (WeComClient.Builder.deadline)" + sent,
                    request.path(),
                    !notSent,
                    e);
        }
        String reason = Redaction.query(String.valueOf(e.getMessage()));
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new WeComTimeoutException(
                    "Timed out calling WeCom " + request + ": " + reason + sent, request.path(), !notSent, e);
        }
        return new WeComNetworkException(
                "Could not complete WeCom call " + request + ": " + e.getClass().getSimpleName() + " " + reason + sent,
                request.path(),
                !notSent,
                e);
    }

    /**
     * Whether an I/O failure happened before any byte of the request left this machine: the connection
     * could not be opened (refused, no route, unknown host, TLS handshake, connect timeout; the JDK
     * words the last "Connect timed out", OkHttp "connect timed out").
     */
    private static boolean notSent(IOException e) {
        return e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof SSLHandshakeException
                || (e instanceof SocketTimeoutException
                        && String.valueOf(e.getMessage())
                                .toLowerCase(Locale.ROOT)
                                .contains("connect"));
    }

    /**
     * The thread was interrupted before an attempt started: this attempt was not sent.
     *
     * @param request the request
     * @param last    the last attempt's failure, or {@code null}
     * @return the failure to throw; the interrupt flag stays set
     */
    public static WeComNetworkException interrupted(ApiRequest request, Throwable last) {
        return new WeComNetworkException(
                "Interrupted before calling WeCom " + request
                        + (last == null
                                ? " (the request was not sent)"
                                : " again (the last attempt failed with: " + last.getMessage() + ")"),
                request.path(),
                reachedWeCom(last),
                last);
    }

    /** Whether an earlier attempt, which ended in {@code last}, may have reached WeCom. */
    private static boolean reachedWeCom(Throwable last) {
        if (last instanceof WeComNetworkException network) {
            return network.requestSent();
        }
        return last != null;
    }

    /**
     * The deadline passed before an attempt could start (while waiting for a token, or before a retry).
     *
     * @param request  the request
     * @param deadline the deadline
     * @param stage    what the call was doing
     * @param last     the last attempt's failure, or {@code null}
     * @return the timeout
     */
    public static WeComTimeoutException deadlinePassed(
            ApiRequest request, CallDeadline deadline, String stage, Throwable last) {
        return new WeComTimeoutException(
                "WeCom call " + request + " did not finish within its deadline of "
                        + deadline.budget().toMillis() + " ms (WeComClient.Builder.deadline) while " + stage
                        + (last == null ? "" : "; the last attempt failed with: " + last.getMessage()),
                request.path(),
                reachedWeCom(last),
                last);
    }

    /**
     * The deadline passed while the call waited for another caller's {@code gettoken}.
     *
     * @param request  the request
     * @param deadline the deadline
     * @param cause    the wait's timeout
     * @return the timeout, the request not sent
     */
    public static WeComTimeoutException tokenWaitTimedOut(ApiRequest request, CallDeadline deadline, Throwable cause) {
        return new WeComTimeoutException(
                "WeCom call " + request + " did not finish within its deadline of "
                        + deadline.budget().toMillis() + " ms (WeComClient.Builder.deadline) while waiting for another"
                        + " caller's gettoken (the request was not sent)",
                request.path(),
                false,
                cause);
    }

    /**
     * WeCom answered "system busy" to a request that is not safe to repeat: the outcome is unknown.
     *
     * @param request the request
     * @param busy    WeCom's answer
     * @return the exception to throw, with how to find out what happened
     */
    public static WeComApiException busyOutcomeUnknown(ApiRequest request, WeComApiException busy) {
        return new WeComApiException(
                busy.errcode(),
                busy.errmsg(),
                busy.path(),
                "the outcome is unknown: WeCom does not promise that a busy answer means nothing happened, so "
                        + request + " was not sent again (it is not marked repeatable). Check before repeating it:"
                        + " read the object back (for example get or list it) and send it again only if the"
                        + " change is missing");
    }

    /**
     * WeCom rejected a token just fetched for the call.
     *
     * @param api WeCom's answer
     * @return the exception to throw
     */
    public static WeComApiException stillRejected(WeComApiException api) {
        return new WeComApiException(
                api.errcode(),
                api.errmsg(),
                api.path(),
                "the token was refreshed and the call retried once; check that the secret belongs to"
                        + " this corp and app");
    }

    /**
     * Whether a failure is "system busy" on a request that must not be repeated.
     *
     * @param request the request
     * @param api     the failure
     * @return {@code true} when the outcome is unknown
     */
    public static boolean isBusyOnUnrepeatable(ApiRequest request, WeComApiException api) {
        return api.errcode() == WeComErrorCodes.SYSTEM_BUSY && !request.repeatable();
    }
}
