package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallbackDeduplicatorTest {

    private static String key(String xml) {
        return CallbackDeduplicator.keyOf(CallbackMessage.parse(xml));
    }

    private static String event(String body) {
        return "<xml><ToUserName>ww1</ToUserName><FromUserName>sys</FromUserName><CreateTime>1700000000</CreateTime>"
                + "<MsgType>event</MsgType>" + body + "</xml>";
    }

    @Test
    void keysMessagesByCorpAgentAndMsgId() {
        assertEquals(
                "msg:" + TestKeys.CORP_ID + ":1000002:1234567890123456",
                CallbackDeduplicator.keyOf(Fixtures.callbackMessage("text.xml")));
    }

    @Test
    void givesARetryOfTheSameEventTheSameKeyWhateverTheFormatting() {
        String first = key(event(
                "<Event>change_contact</Event><ChangeType>delete_user</ChangeType>" + "<UserID>zhangsan</UserID>"));
        String retry = key(event("<Event><![CDATA[change_contact]]></Event>\n<ChangeType>delete_user</ChangeType>"
                + "\n<UserID><![CDATA[zhangsan]]></UserID>"));

        assertEquals(first, retry);
    }

    @Test
    void neverMergesDistinctContactEventsInTheSameSecond() {
        String a = key(event("<Event>change_contact</Event><ChangeType>delete_user</ChangeType><UserID>a</UserID>"));
        String b = key(event("<Event>change_contact</Event><ChangeType>delete_user</ChangeType><UserID>b</UserID>"));
        String c = key(event("<Event>change_contact</Event><ChangeType>create_user</ChangeType><UserID>a</UserID>"));

        assertNotEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void neverMergesDistinctExternalEventsInTheSameSecond() {
        String base = "<Event>change_external_contact</Event><ChangeType>add_external_contact</ChangeType>"
                + "<UserID>u</UserID>";
        String chat = "<Event>change_external_chat</Event><ChangeType>update</ChangeType>";

        assertNotEquals(
                key(event(base + "<ExternalUserID>wm1</ExternalUserID>")),
                key(event(base + "<ExternalUserID>wm2</ExternalUserID>")));
        assertNotEquals(key(event(chat + "<ChatId>c1</ChatId>")), key(event(chat + "<ChatId>c2</ChatId>")));
        assertNotEquals(
                key(event("<Event>change_external_tag</Event><Id>t1</Id>")),
                key(event("<Event>change_external_tag</Event><Id>t2</Id>")));
        assertNotEquals(
                key(event("<Event>change_contact</Event><ChangeType>update_tag</ChangeType><TagId>1</TagId>")),
                key(event("<Event>change_contact</Event><ChangeType>update_tag</ChangeType><TagId>2</TagId>")));
        assertNotEquals(
                key(event("<Event>batch_job_result</Event><BatchJob><JobId>j1</JobId></BatchJob>")),
                key(event("<Event>batch_job_result</Event><BatchJob><JobId>j2</JobId></BatchJob>")));
    }

    @Test
    void keepsEventKeysShortAndFreeOfContent() {
        String k = key(event("<Event>change_contact</Event><ChangeType>update_tag</ChangeType><AddUserItems>"
                + "u,".repeat(5000) + "</AddUserItems>"));

        assertTrue(k.startsWith("event:"));
        assertTrue(k.length() < 100, k);
    }

    @Test
    void reportsOnlyTheFirstDeliveryOfAKey() {
        CallbackDeduplicator dedupe = CallbackDeduplicator.inMemory();

        assertTrue(dedupe.firstDelivery("k"));
        assertFalse(dedupe.firstDelivery("k"));
        assertTrue(dedupe.firstDelivery("other"));
    }

    @Test
    void forgetsKeysAfterTheRetention() {
        MutableClock clock = new MutableClock();
        InMemoryCallbackDeduplicator dedupe = new InMemoryCallbackDeduplicator(100, Duration.ofMinutes(1), clock);

        assertTrue(dedupe.firstDelivery("k"));
        clock.advance(Duration.ofSeconds(59));
        assertFalse(dedupe.firstDelivery("k"));
        clock.advance(Duration.ofSeconds(2));
        assertTrue(dedupe.firstDelivery("k"));
    }

    @Test
    void remembersAKeyForTheWholeRetentionInclusive() {
        MutableClock clock = new MutableClock();
        InMemoryCallbackDeduplicator dedupe = new InMemoryCallbackDeduplicator(100, Duration.ofMinutes(1), clock);

        assertTrue(dedupe.firstDelivery("k"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(dedupe.firstDelivery("k"));
        clock.advance(Duration.ofMillis(1));
        assertTrue(dedupe.firstDelivery("k"));
    }

    @Test
    void staysWithinItsBound() {
        InMemoryCallbackDeduplicator dedupe =
                new InMemoryCallbackDeduplicator(10, Duration.ofMinutes(10), Clock.systemUTC());

        for (int i = 0; i < 10_000; i++) {
            dedupe.firstDelivery("k" + i);
        }
        int remembered = 0;
        for (int i = 0; i < 10_000; i++) {
            if (!dedupe.firstDelivery("k" + i)) {
                remembered++;
            }
        }
        assertTrue(remembered <= 10_000 - 9_000, "remembered " + remembered);
    }

    @Test
    void remembersTheNewestKeysAfterABulkImportOverflowsTheStore() {
        MutableClock clock = new MutableClock();
        CallbackDeduplicator dedupe = new InMemoryCallbackDeduplicator(
                InMemoryCallbackDeduplicator.DEFAULT_MAX_KEYS, InMemoryCallbackDeduplicator.DEFAULT_RETENTION, clock);
        int total = 110_000 + 1_000_000;
        for (int i = 0; i < total; i++) {
            assertTrue(dedupe.firstDelivery("event:" + i));
            if (i % 2_000 == 0) {
                clock.advance(Duration.ofMillis(1));
            }
        }

        int doubled = 0;
        for (int i = total - 1_000; i < total; i++) {
            if (dedupe.firstDelivery("event:" + i)) {
                doubled++;
            }
        }

        assertEquals(0, doubled, "retries of the 1,000 newest keys taken as first deliveries");
    }

    @Test
    void evictsOldestFirstAndNeverTurnsAwayANewKey() {
        InMemoryCallbackDeduplicator dedupe =
                new InMemoryCallbackDeduplicator(1_000, Duration.ofMinutes(10), new MutableClock());
        for (int i = 0; i < 5_000; i++) {
            assertTrue(dedupe.firstDelivery("k" + i));
        }

        assertEquals(1_000, dedupe.size());
        for (int i = 4_000; i < 5_000; i++) {
            assertFalse(dedupe.firstDelivery("k" + i), "k" + i);
        }
        assertTrue(dedupe.firstDelivery("k3999"));
    }

    @Test
    void warnsOnceWhenItEvictsKeysYoungerThanTheRetention() {
        CapturedLogs.clear();
        InMemoryCallbackDeduplicator dedupe =
                new InMemoryCallbackDeduplicator(37, Duration.ofMinutes(10), new MutableClock());
        for (int i = 0; i < 500; i++) {
            dedupe.firstDelivery("k" + i);
        }

        long warnings = CapturedLogs.lines().stream()
                .filter(line -> line.startsWith("WARN") && line.contains("is full (37 keys)"))
                .count();
        assertEquals(1, warnings, CapturedLogs.text());
    }

    @Test
    void doesNotWarnWhenOnlyExpiredKeysLeave() {
        CapturedLogs.clear();
        MutableClock clock = new MutableClock();
        InMemoryCallbackDeduplicator dedupe = new InMemoryCallbackDeduplicator(41, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 500; i++) {
            dedupe.firstDelivery("k" + i);
            clock.advance(Duration.ofSeconds(2));
        }

        assertTrue(
                CapturedLogs.lines().stream().noneMatch(line -> line.contains("is full (41 keys)")),
                CapturedLogs.text());
        assertTrue(dedupe.size() <= 31, "size " + dedupe.size());
    }

    @Test
    void releasedKeysCountAsFirstDeliveriesAgain() {
        CallbackDeduplicator dedupe = CallbackDeduplicator.inMemory();

        assertTrue(dedupe.firstDelivery("k"));
        dedupe.release("k");

        assertTrue(dedupe.firstDelivery("k"));
        assertFalse(dedupe.firstDelivery("k"));
    }

    @Test
    void letsExactlyOneOfConcurrentDeliveriesThrough() throws Exception {
        CallbackDeduplicator dedupe = CallbackDeduplicator.inMemory();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger firsts = new AtomicInteger();
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (dedupe.firstDelivery("same")) {
                    firsts.incrementAndGet();
                }
            });
            threads[i].start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertEquals(1, firsts.get());
    }

    @Test
    void noneLetsEveryDeliveryThrough() {
        CallbackDeduplicator none = CallbackDeduplicator.none();

        assertTrue(none.firstDelivery("k"));
        assertTrue(none.firstDelivery("k"));
    }
}
