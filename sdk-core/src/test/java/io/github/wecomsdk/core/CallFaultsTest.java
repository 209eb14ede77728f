package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call's promises under hostile conditions: interrupts, stalled token fetches, bombs, slow files. */
class CallFaultsTest {

    /** Generous: only catches a call that hangs. */
    private static final Duration HANG = Duration.ofSeconds(60);

    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private int apiAttempts() {
        return wecom.server().getRequestCount() - wecom.gettokenCalls();
    }

    @Test
    void anInterruptedThreadSendsNothingAndKeepsItsInterruptFlag() {
        WeComClient client = wecom.client();
        client.accessToken();
        wecom.enqueueJson(OK);

        Thread.currentThread().interrupt();
        WeComNetworkException e;
        try {
            e = assertThrows(WeComNetworkException.class, () -> client.post("/cgi-bin/message/send", Map.of("a", 1)));
        } finally {
            assertTrue(Thread.interrupted(), "the flag is kept (and cleared here)");
        }

        assertFalse(e.requestSent(), e.getMessage());
        assertEquals(0, apiAttempts());
    }

    @Test
    void okHttpDoesNotResendAPlainPostAnswered503WithRetryAfterZero() {
        WeComClient client = wecom.client();
        wecom.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "0")
                .body("busy")
                .build());
        wecom.enqueueJson(OK);

        WeComHttpException e =
                assertThrows(WeComHttpException.class, () -> client.post("/cgi-bin/message/send", Map.of("a", 1)));

        assertEquals(503, e.statusCode());
        assertEquals(1, apiAttempts());
    }

    @Test
    void okHttpDoesNotFollowATemporaryRedirectWithAPlainPostOrUpload() {
        WeComClient client = wecom.client();
        for (int i = 0; i < 2; i++) {
            wecom.enqueue(new MockResponse.Builder()
                    .code(307)
                    .setHeader("Location", "/cgi-bin/elsewhere")
                    .build());
        }
        wecom.enqueueJson(OK);
        wecom.enqueueJson(OK);

        assertThrows(WeComHttpException.class, () -> client.post("/cgi-bin/message/send", Map.of("a", 1)));
        assertThrows(
                WeComHttpException.class,
                () -> client.execute(ApiRequest.post("/cgi-bin/media/upload")
                        .query("type", "file")
                        .multipart(
                                "media", UploadBody.ofBytes(new byte[] {1, 2, 3}, "a.bin", "application/octet-stream"))
                        .build()));

        assertEquals(2, apiAttempts(), "each sent once, neither replayed to the redirect target");
    }

    @Test
    void aCallWaitingForAnotherThreadsGettokenEndsAtItsOwnDeadlineWithoutSendingAnything() throws Exception {
        CountDownLatch gettokenArrived = new CountDownLatch(1);
        CountDownLatch releaseGettoken = new CountDownLatch(1);
        AtomicInteger gettokens = new AtomicInteger();
        AtomicInteger apiCalls = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    if (request.getUrl().encodedPath().endsWith("/cgi-bin/gettoken")) {
                        gettokens.incrementAndGet();
                        gettokenArrived.countDown();
                        awaitQuietly(releaseGettoken);
                        return MockWeCom.json(
                                "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"T1\"," + "\"expires_in\":7200}");
                    }
                    apiCalls.incrementAndGet();
                    return MockWeCom.json(OK);
                }
            });
            server.start();
            WeComClient leader = WeComClient.builder()
                    .corpId(MockWeCom.CORP_ID)
                    .secret(MockWeCom.SECRET)
                    .baseUrl(server.url("/").toString())
                    .deadline(Duration.ofSeconds(30))
                    .build();
            WeComClient waiter =
                    leader.newBuilder().deadline(Duration.ofMillis(300)).build();

            Future<JsonNode> led = pool.submit(() -> leader.get("/cgi-bin/user/get", null));
            assertTrue(gettokenArrived.await(30, TimeUnit.SECONDS));
            WeComTimeoutException e = assertTimeoutPreemptively(
                    HANG,
                    () -> assertThrows(
                            WeComTimeoutException.class, () -> waiter.post("/cgi-bin/message/send", Map.of("a", 1))));
            releaseGettoken.countDown();
            led.get(30, TimeUnit.SECONDS);

            assertFalse(e.requestSent(), e.getMessage());
            assertTrue(e.getMessage().contains("deadline of 300 ms"), e.getMessage());
            assertEquals(1, gettokens.get(), "the waiter did not start a fetch of its own");
            assertEquals(1, apiCalls.get(), "only the leader's call was sent");
        } finally {
            releaseGettoken.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aWaiterWhoseLeaderRanOutOfItsOwnTimeFetchesInItsTurnInsteadOfFailing() throws Exception {
        Clock clock = Clock.systemUTC();
        ExpiringCredentials credentials = new ExpiringCredentials(new InMemoryTokenStore(clock), clock);
        CountDownLatch leaderFetching = new CountDownLatch(1);
        CountDownLatch leaderGivesUp = new CountDownLatch(1);
        AtomicReference<Throwable> leaderFailure = new AtomicReference<>();
        AtomicReference<String> waiterGot = new AtomicReference<>();
        Thread leader = new Thread(() -> {
            try {
                credentials.get("k", null, Duration.ofSeconds(30), () -> {
                    leaderFetching.countDown();
                    awaitQuietly(leaderGivesUp);
                    throw new WeComTimeoutException(
                            "the leader's own deadline passed", "/cgi-bin/gettoken", true, null);
                });
            } catch (RuntimeException e) {
                leaderFailure.set(e);
            }
        });
        Thread waiter = new Thread(() -> waiterGot.set(credentials.get(
                "k",
                null,
                Duration.ofSeconds(30),
                () -> StoredCredential.issued("fresh", Duration.ofHours(2), Duration.ofMinutes(5), clock))));

        assertTimeoutPreemptively(HANG, () -> {
            leader.start();
            assertTrue(leaderFetching.await(30, TimeUnit.SECONDS));
            waiter.start();
            while (waiter.getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(5);
            }
            leaderGivesUp.countDown();
            leader.join();
            waiter.join();
        });

        assertInstanceOf(WeComTimeoutException.class, leaderFailure.get());
        assertEquals("fresh", waiterGot.get());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A gzip body of about 1 MB that inflates to 1 GiB of JSON whitespace: one megabyte of spaces is
     * deflated once, ending in a full flush (so it refers to nothing before it), and that block is
     * repeated 1024 times between a head block and a final block, with the true CRC and length.
     */
    private static Buffer gzipBomb() {
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] head = "{\"errcode\":0,\"errmsg\":\"ok\",\"data\":".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "1}".getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] headBlock = deflate(deflater, head, false);
        byte[] spacesBlock = deflate(deflater, spaces, false);
        byte[] tailBlock = deflate(deflater, tail, true);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < 1024; i++) {
            crc.update(spaces);
        }
        crc.update(tail);
        long inflated = head.length + 1024L * spaces.length + tail.length;
        Buffer gzip = new Buffer().write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        gzip.write(headBlock);
        for (int i = 0; i < 1024; i++) {
            gzip.write(spacesBlock);
        }
        gzip.write(tailBlock);
        gzip.writeIntLe((int) crc.getValue());
        gzip.writeIntLe((int) inflated);
        return gzip;
    }

    private static byte[] deflate(Deflater deflater, byte[] input, boolean last) {
        deflater.setInput(input);
        if (last) {
            deflater.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (last ? !deflater.finished() : n == buffer.length);
        return out.toByteArray();
    }

    @Test
    void aGzipBombFailsAtTheCapInsteadOfInflatingIntoMemory() {
        Buffer bomb = gzipBomb();
        assertTrue(bomb.size() < 2 * 1024 * 1024, "the compressed body is about 1 MB: " + bomb.size());
        WeComClient client = wecom.client();
        wecom.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .setHeader("Content-Encoding", "gzip")
                .body(bomb)
                .build());

        WeComResponseException e = assertTimeoutPreemptively(
                HANG, () -> assertThrows(WeComResponseException.class, () -> client.get("/cgi-bin/user/list", null)));

        assertTrue(
                e.getMessage().contains("more than " + WeComClient.DEFAULT_MAX_RESPONSE_BYTES + " bytes"),
                e.getMessage());
        assertEquals(1, apiAttempts(), "a body over the cap is not asked for again");
    }

    @Test
    void aDownloadOpenedWithinTheDeadlineIsReadToTheEndPastIt() throws IOException {
        WeComClient holder = wecom.client();
        holder.accessToken();
        WeComClient client = holder.newBuilder().deadline(Duration.ofSeconds(3)).build();
        byte[] file = new byte[24 * 1024];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31 + 7);
        }
        file[0] = 'P';
        wecom.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/octet-stream")
                .body(new Buffer().write(file))
                .throttleBody(12 * 1024, 4, TimeUnit.SECONDS)
                .build());

        byte[] read;
        try (WeComDownload download = client.download(ApiRequest.get("/cgi-bin/media/get")
                        .query("media_id", "m")
                        .build());
                InputStream in = download.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            read = out.toByteArray();
        }

        assertArrayEquals(file, read, "the second half, sent 4 s after the first, outlives the 3 s deadline unharmed");
        long timers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("wecom-sdk-deadline"))
                .count();
        assertTrue(timers <= 1, "one shared deadline timer, not one per call: " + timers);
    }
}
