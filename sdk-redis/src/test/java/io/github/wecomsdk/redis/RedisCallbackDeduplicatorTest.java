package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackDeduplicator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RedisCallbackDeduplicatorTest extends SharedRedis {

    @Test
    void ofConcurrentDeliveriesToTwoInstancesExactlyOneIsFirst() throws Exception {
        try (WeComRedis first = WeComRedis.builder().uri(server.uri()).build();
                WeComRedis second = WeComRedis.builder().uri(server.uri()).build()) {
            List<CallbackDeduplicator> instances = List.of(first.callbackDeduplicator(), second.callbackDeduplicator());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                for (int round = 0; round < 50; round++) {
                    String key = "event-" + UUID.randomUUID();
                    CountDownLatch go = new CountDownLatch(1);
                    AtomicInteger firsts = new AtomicInteger();
                    List<Future<?>> deliveries = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        CallbackDeduplicator instance = instances.get(i % 2);
                        deliveries.add(pool.submit(() -> {
                            go.await();
                            if (instance.firstDelivery(key)) {
                                firsts.incrementAndGet();
                            }
                            return null;
                        }));
                    }
                    go.countDown();
                    for (Future<?> delivery : deliveries) {
                        delivery.get();
                    }
                    assertEquals(1, firsts.get(), "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aReleasedKeyIsProcessedAgainOnAnyInstance() {
        try (WeComRedis first = WeComRedis.builder().uri(server.uri()).build();
                WeComRedis second = WeComRedis.builder().uri(server.uri()).build()) {
            String key = "failed-" + UUID.randomUUID();
            assertTrue(first.callbackDeduplicator().firstDelivery(key));

            first.callbackDeduplicator().release(key);

            assertTrue(second.callbackDeduplicator().firstDelivery(key));
            assertFalse(first.callbackDeduplicator().firstDelivery(key));
        }
    }

    @Test
    void keysExpireWithTheRetention() throws Exception {
        try (WeComRedis redis = WeComRedis.builder()
                .uri(server.uri())
                .dedupeRetention(Duration.ofMillis(50))
                .build()) {
            String key = "short-" + UUID.randomUUID();
            assertTrue(redis.callbackDeduplicator().firstDelivery(key));
            Thread.sleep(200); // Redis's own expiry runs on its clock, not an injectable one.

            assertTrue(redis.callbackDeduplicator().firstDelivery(key));
        }
    }

    @Test
    void withRedisDownDeliveriesAreDeduplicatedInMemoryAndStillAfterRecovery() {
        LocalRedis own = LocalRedis.start();
        try (WeComRedis redis = WeComRedis.builder()
                .uri(own.uri())
                .commandTimeout(Duration.ofMillis(200))
                .pauseAfterFailure(Duration.ofMillis(1))
                .build()) {
            own.kill();
            String key = "outage-" + UUID.randomUUID();

            assertTrue(redis.callbackDeduplicator().firstDelivery(key));
            assertFalse(redis.callbackDeduplicator().firstDelivery(key), "a retry during the outage");

            own.restart();
            assertFalse(
                    redis.callbackDeduplicator().firstDelivery(key),
                    "a retry right after the outage of a callback handled during it");
        } finally {
            own.close();
        }
    }
}
