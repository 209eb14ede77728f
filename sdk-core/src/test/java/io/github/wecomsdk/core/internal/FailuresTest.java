package io.github.wecomsdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComNetworkException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final ApiRequest POST =
            ApiRequest.post("/cgi-bin/message/send").body(Map.of("a", 1)).build();

    private static WeComNetworkException failure(Exception e) {
        return Failures.network(POST, (java.io.IOException) e, false, CallDeadline.after(Duration.ofSeconds(5)));
    }

    @Test
    void aConnectTimeoutAsTheJdkWordsItMeansNothingWasSent() {
        WeComNetworkException e = failure(new SocketTimeoutException("Connect timed out"));

        assertFalse(e.requestSent(), e.getMessage());
        assertTrue(e.getMessage().contains("not sent"), e.getMessage());
    }

    @Test
    void aConnectTimeoutAsOkHttpWordsItMeansNothingWasSent() {
        assertFalse(failure(new SocketTimeoutException("connect timed out")).requestSent());
    }

    @Test
    void aReadTimeoutMayHaveReachedWeCom() {
        assertTrue(failure(new SocketTimeoutException("Read timed out")).requestSent());
    }

    @Test
    void aCallTimeoutMayHaveReachedWeCom() {
        assertTrue(failure(new InterruptedIOException("timeout")).requestSent());
    }

    @Test
    void aDeadlinePassedAfterAttemptsThatNeverConnectedSaysNothingWasSent() {
        WeComNetworkException refused = failure(new java.net.ConnectException("Connection refused"));

        assertFalse(
                Failures.deadlinePassed(POST, CallDeadline.after(Duration.ofSeconds(5)), "waiting to retry", refused)
                        .requestSent());
        assertTrue(Failures.deadlinePassed(
                        POST,
                        CallDeadline.after(Duration.ofSeconds(5)),
                        "waiting to retry",
                        failure(new SocketTimeoutException("Read timed out")))
                .requestSent());
        assertFalse(Failures.interrupted(POST, refused).requestSent());
    }
}
