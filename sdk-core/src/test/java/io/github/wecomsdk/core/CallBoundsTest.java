package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.MockWeCom;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every call ends within its deadline and never reads an answer past the size cap. */
class CallBoundsTest {

    /** Generous: the deadlines below are well under a second; this only catches a call that hangs. */
    private static final Duration HANG = Duration.ofSeconds(30);

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    /**
     * A client with a 60 s read timeout and the given settings, whose token was fetched beforehand under
     * the default deadline (so a short deadline under test only meets the calls below).
     */
    private WeComClient withCachedToken(UnaryOperator<WeComClient.Builder> settings) {
        WeComClient holder = wecom.client();
        holder.accessToken();
        return settings.apply(holder.newBuilder().readTimeout(Duration.ofSeconds(60)))
                .build();
    }

    /** {@link #withCachedToken}, facing a server that answers nothing to the next three calls. */
    private WeComClient facingAFrozenServer(UnaryOperator<WeComClient.Builder> settings) {
        WeComClient client = withCachedToken(settings);
        for (int i = 0; i < 3; i++) {
            wecom.enqueue(new MockResponse.Builder()
                    .onResponseStart(SocketEffect.Stall.INSTANCE)
                    .build());
        }
        return client;
    }

    @Test
    void aGetToAFrozenServerEndsWithATimeoutAtTheDeadlineThoughTheReadTimeoutIsLonger() {
        WeComClient client = facingAFrozenServer(b -> b.deadline(Duration.ofMillis(700)));

        WeComTimeoutException e = assertTimeoutPreemptively(
                HANG, () -> assertThrows(WeComTimeoutException.class, () -> client.get("/cgi-bin/user/get", null)));

        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    }

    @Test
    void anAnswerDrippingByteByByteEndsWithATimeoutAtTheDeadline() {
        WeComClient client = withCachedToken(b -> b.deadline(Duration.ofMillis(700)));
        for (int i = 0; i < 3; i++) {
            wecom.enqueue(new MockResponse.Builder()
                    .setHeader("Content-Type", "application/json")
                    .body("{\"errcode\":0,\"errmsg\":\"ok\",\"padding\":\"" + "x".repeat(2000) + "\"}")
                    .throttleBody(1, 50, TimeUnit.MILLISECONDS)
                    .build());
        }

        assertTimeoutPreemptively(
                HANG, () -> assertThrows(WeComTimeoutException.class, () -> client.get("/cgi-bin/user/get", null)));
    }

    @Test
    void aDownloadFromAFrozenServerEndsWithATimeoutAtTheDeadline() {
        WeComClient client = facingAFrozenServer(b -> b.deadline(Duration.ofMillis(700)));

        assertTimeoutPreemptively(
                HANG,
                () -> assertThrows(
                        WeComTimeoutException.class,
                        () -> client.download(ApiRequest.get("/cgi-bin/media/get")
                                .query("media_id", "m")
                                .build())));
    }

    @Test
    void noRetryStartsWhoseBackoffWouldEndPastTheDeadline() {
        WeComClient client = wecom.clientBuilder()
                .retryPolicy(RetryPolicy.builder()
                        .baseDelay(Duration.ofSeconds(5))
                        .sleeper(delay -> {
                            throw new AssertionError("no wait expected, asked to wait " + delay);
                        })
                        .build())
                .deadline(Duration.ofSeconds(2))
                .build();
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> client.get("/cgi-bin/user/get", null));

        assertEquals(-1, e.errcode());
        assertEquals(1, wecom.server().getRequestCount() - wecom.gettokenCalls());
    }

    @Test
    void theDefaultDeadlineIsTheRetryPolicysTotalTime() {
        WeComClient client = facingAFrozenServer(b -> b.retryPolicy(RetryPolicy.builder()
                .maxElapsed(Duration.ofMillis(700))
                .sleeper(delay -> {})
                .build()));

        WeComTimeoutException e = assertTimeoutPreemptively(
                HANG, () -> assertThrows(WeComTimeoutException.class, () -> client.get("/cgi-bin/user/get", null)));

        assertTrue(e.getMessage().contains("deadline of 700 ms"), e.getMessage());
        assertThrows(WeComValidationException.class, () -> WeComClient.builder().deadline(Duration.ZERO));
    }

    /** A JSON answer of {@code size} bytes, generated while it is written and never held. */
    static MockResponseBody generatedJson(long size, boolean declareLength) {
        return new MockResponseBody() {
            @Override
            public long getContentLength() {
                return declareLength ? size : -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                byte[] head = "{\"errcode\":0,\"errmsg\":\"ok\",\"data\":\"".getBytes(StandardCharsets.UTF_8);
                byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
                byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                sink.write(head);
                long left = size - head.length - tail.length;
                while (left > 0) {
                    int n = (int) Math.min(chunk.length, left);
                    sink.write(chunk, 0, n);
                    left -= n;
                }
                sink.write(tail);
            }
        };
    }

    @Test
    void a300MegabyteJsonAnswerWithoutALengthFailsTypedAtTheCap() {
        WeComClient client = wecom.clientBuilder().build();
        wecom.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(generatedJson(300L * 1024 * 1024, false))
                .build());

        WeComResponseException e =
                assertThrows(WeComResponseException.class, () -> client.get("/cgi-bin/user/list", null));

        assertTrue(
                e.getMessage().contains("over the limit of " + WeComClient.DEFAULT_MAX_RESPONSE_BYTES), e.getMessage());
    }

    @Test
    void aDeclaredLengthOverTheCapFailsBeforeTheBodyIsRead() {
        WeComClient client = wecom.clientBuilder().maxResponseBytes(64 * 1024).build();
        wecom.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(generatedJson(32L * 1024 * 1024, true))
                .build());

        WeComResponseException e =
                assertThrows(WeComResponseException.class, () -> client.get("/cgi-bin/user/list", Map.of(), Map.class));

        assertTrue(e.getMessage().contains("33554432 bytes"), e.getMessage());
    }

    @Test
    void anAnswerJustUnderTheCapIsRead() {
        WeComClient client = wecom.clientBuilder().maxResponseBytes(64 * 1024).build();
        wecom.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(generatedJson(64 * 1024, true))
                .build());

        assertEquals(
                64 * 1024 - 37,
                client.get("/cgi-bin/user/list", null).path("data").asText().length());
    }
}
