package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.RateWindow;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Four instances pacing one group robot together, on an injected clock. */
class RedisRateWindowTest extends SharedRedis {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void fourInstancesTogetherSendAtMostTwentyAMinuteToOneRobot() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
        List<WeComRedis> fleet = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fleet.add(WeComRedis.builder().uri(server.uri()).clock(clock).build());
        }
        String robot = "robot-" + UUID.randomUUID();
        List<Long> sentAt = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                RateWindow window = fleet.get(i % 4).rateWindow();
                Duration wait = window.reserve(robot, 20, MINUTE);
                sentAt.add(clock.millis() + wait.toMillis());
                clock.advance(Duration.ofMillis(700));
            }
        } finally {
            fleet.forEach(WeComRedis::close);
        }

        Collections.sort(sentAt);
        for (int i = 20; i < sentAt.size(); i++) {
            assertTrue(
                    sentAt.get(i) - sentAt.get(i - 20) >= MINUTE.toMillis(),
                    "21 sends within a minute ending at send " + i);
        }
        assertEquals(
                sentAt.get(0) + 4 * MINUTE.toMillis(),
                (long) sentAt.get(80),
                "the 81st send is the first of the fifth minute: nothing waits longer than it must");
    }

    @Test
    void theFirstTwentySendsOfAMinuteGoAtOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
        try (WeComRedis redis =
                WeComRedis.builder().uri(server.uri()).clock(clock).build()) {
            String robot = "robot-" + UUID.randomUUID();
            for (int i = 0; i < 20; i++) {
                assertEquals(Duration.ZERO, redis.rateWindow().reserve(robot, 20, MINUTE));
            }

            assertEquals(MINUTE, redis.rateWindow().reserve(robot, 20, MINUTE));
        }
    }
}
