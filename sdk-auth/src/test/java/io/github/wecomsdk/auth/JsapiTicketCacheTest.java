package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.CredentialKeys;
import io.github.wecomsdk.core.testing.MutableClock;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsapiTicketCacheTest {

    private static final String PAGE = "https://app.example.com/index.html?x=1";

    // Starts at the real time: the in-memory token store's own eviction runs on the system clock.
    private final MutableClock clock = new MutableClock(Instant.now());
    private final FakeWeCom fake = FakeWeCom.builder().clock(clock).start();
    private final WeComClient client = fake.clientBuilder().clock(clock).build();
    private final JsSdk jsSdk = Auth.builder(client).clock(clock).build().jsSdk();
    private final ExecutorService pool = Executors.newFixedThreadPool(100);

    @AfterEach
    void close() {
        pool.shutdownNow();
        fake.close();
    }

    private <T> List<T> atOnce(int threads, Callable<T> task) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        ready.await();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static boolean signedWith(String ticket, JsSdkSignature signature) {
        return JsSdk.sign(ticket, signature.nonceStr(), signature.timestamp(), PAGE)
                .equals(signature.signature());
    }

    @Test
    void hundredThreadsAskingAtOnceFetchEachTicketExactlyOnce() throws Exception {
        List<JsSdkSignature[]> results =
                atOnce(100, () -> new JsSdkSignature[] {jsSdk.configSignature(PAGE), jsSdk.agentConfigSignature(PAGE)});

        assertEquals(1, fake.jsapiTicketFetches());
        assertEquals(1, fake.agentConfigTicketFetches());
        assertEquals(1, fake.gettokenCalls());
        String corpTicket = fake.jsapiTicket().orElseThrow();
        String appTicket = fake.agentConfigTicket(fake.agentId()).orElseThrow();
        assertNotEquals(corpTicket, appTicket);
        for (JsSdkSignature[] pair : results) {
            assertTrue(signedWith(corpTicket, pair[0]), "config signature uses the corp ticket");
            assertTrue(signedWith(appTicket, pair[1]), "agentConfig signature uses the app ticket");
        }
    }

    @Test
    void ticketsAreKeptUntilFiveMinutesBeforeExpiry() {
        jsSdk.configSignature(PAGE);
        clock.advance(Duration.ofSeconds(7200 - 300 - 1));
        jsSdk.configSignature(PAGE);
        assertEquals(1, fake.jsapiTicketFetches());

        clock.advance(Duration.ofSeconds(1));
        jsSdk.configSignature(PAGE);
        assertEquals(2, fake.jsapiTicketFetches());
    }

    @Test
    void ticketsAreKeyedPerCorpAgentAndKindNeverLikeTheToken() {
        String corpKey = jsSdk.ticketKey(TicketKind.CORP);
        String appKey = jsSdk.ticketKey(TicketKind.AGENT);
        assertNotEquals(corpKey, appKey);
        assertNotEquals(CredentialKeys.accessToken(fake.corpId(), fake.secret()), corpKey);
        assertNotEquals(CredentialKeys.accessToken(fake.corpId(), fake.secret()), appKey);
        assertTrue(appKey.contains(fake.corpId()) && appKey.contains(String.valueOf(fake.agentId())), appKey);
        assertTrue(!corpKey.contains(fake.secret()) && !appKey.contains(fake.secret()));
    }

    @Test
    void eachAppGetsItsOwnTicketFetchedWithItsOwnTokenInASharedStore() {
        fake.addApp(1000003, "second-app-secret-0000000000000000000000000");
        WeComClient other = client.newBuilder()
                .secret("second-app-secret-0000000000000000000000000")
                .agentId(1000003)
                .build();
        JsSdk otherSdk = Auth.builder(other).clock(clock).build().jsSdk();

        JsSdkSignature first = jsSdk.agentConfigSignature(PAGE);
        JsSdkSignature second = otherSdk.agentConfigSignature(PAGE);
        jsSdk.agentConfigSignature(PAGE);
        otherSdk.agentConfigSignature(PAGE);

        assertEquals(2, fake.agentConfigTicketFetches());
        assertEquals(2, fake.gettokenCalls());
        assertTrue(signedWith(fake.agentConfigTicket(fake.agentId()).orElseThrow(), first));
        assertTrue(signedWith(fake.agentConfigTicket(1000003).orElseThrow(), second));
        assertNotEquals(jsSdk.ticketKey(TicketKind.AGENT), otherSdk.ticketKey(TicketKind.AGENT));
    }

    @Test
    void aRejectedTicketIsRefetchedOnceHoweverManyPagesReportIt() throws Exception {
        JsSdkSignature rejected = jsSdk.configSignature(PAGE);
        String oldTicket = fake.jsapiTicket().orElseThrow();
        fake.invalidateJsapiTickets();

        List<JsSdkSignature> again = atOnce(20, () -> jsSdk.configSignatureAfterRejection(PAGE, rejected));

        assertEquals(2, fake.jsapiTicketFetches());
        String newTicket = fake.jsapiTicket().orElseThrow();
        assertNotEquals(oldTicket, newTicket);
        for (JsSdkSignature signature : again) {
            assertTrue(signedWith(newTicket, signature));
        }
        // a late report about the old ticket does not fetch again
        jsSdk.configSignatureAfterRejection(PAGE, rejected);
        assertEquals(2, fake.jsapiTicketFetches());
    }

    @Test
    void forcedRefetchesAreLimitedToOneAMinutePerTicket() {
        JsSdkSignature first = jsSdk.agentConfigSignature(PAGE);
        JsSdkSignature second = jsSdk.agentConfigSignatureAfterRejection(PAGE, first);
        assertEquals(2, fake.agentConfigTicketFetches());

        // a page that keeps reporting rejections of good signatures cannot burn WeCom's hourly quota
        for (int i = 0; i < 10; i++) {
            second = jsSdk.agentConfigSignatureAfterRejection(PAGE, second);
        }
        assertEquals(2, fake.agentConfigTicketFetches());

        clock.advance(Duration.ofSeconds(61));
        jsSdk.agentConfigSignatureAfterRejection(PAGE, jsSdk.agentConfigSignature(PAGE));
        assertEquals(3, fake.agentConfigTicketFetches());
    }

    @Test
    void aRejectionWithAForgedSignatureFetchesNothing() {
        JsSdkSignature good = jsSdk.configSignature(PAGE);
        jsSdk.configSignatureAfterRejection(
                PAGE,
                new JsSdkSignature(good.timestamp(), good.nonceStr(), "0000000000000000000000000000000000000000"));
        assertEquals(1, fake.jsapiTicketFetches());
    }
}
