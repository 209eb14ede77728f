package io.github.wecomsdk.messaging.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket behind {@link RobotWebhook#withPacer}, on a fake clock. */
class WebhookPacerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> waits = new ArrayList<>();
    private final WebhookPacer pacer = WebhookPacer.perMinute(20, now::get, delay -> {
        waits.add(delay);
        now.addAndGet(delay.toNanos());
    });

    @Test
    void letsTwentyMessagesThroughWithoutWaiting() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, pacer.acquire());
        }
        assertEquals(List.of(), waits);
    }

    @Test
    void waitsThreeSecondsPerMessageOnceTheBudgetIsSpent() {
        for (int i = 0; i < 22; i++) {
            pacer.acquire();
        }
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), waits);
    }

    @Test
    void refillsAsTimePasses() {
        for (int i = 0; i < 20; i++) {
            pacer.acquire();
        }
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ZERO, pacer.acquire());
        }
        assertEquals(Duration.ofSeconds(3), pacer.acquire());
    }

    @Test
    void neverHoldsMoreThanOneMinutesBudget() {
        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 20; i++) {
            pacer.acquire();
        }
        assertEquals(Duration.ofSeconds(3), pacer.acquire());
    }

    @Test
    void refusesARateAboveWeComsLimit() {
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> WebhookPacer.perMinute(21));
        assertTrue(failure.getMessage().contains("between 1 and 20"), failure.getMessage());
    }

    @Test
    void pacesASharedWindowUnderAFingerprintNeverTheKeyItself() {
        String key = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
        List<String> windowKeys = new ArrayList<>();
        List<Duration> sharedWaits = new ArrayList<>();
        WebhookPacer shared = WebhookPacer.shared(
                (windowKey, limit, window) -> {
                    windowKeys.add(windowKey + " " + limit + " " + window);
                    return Duration.ofSeconds(2);
                },
                key,
                sharedWaits::add);

        assertEquals(Duration.ofSeconds(2), shared.acquire());

        assertEquals(List.of(Duration.ofSeconds(2)), sharedWaits);
        assertEquals(1, windowKeys.size());
        assertTrue(windowKeys.get(0).matches("robot:[0-9a-f]{16} 20 PT1M"), windowKeys.get(0));
        assertFalse(windowKeys.get(0).contains(key), windowKeys.get(0));
        assertFalse(shared.toString().contains(key), shared.toString());
    }
}
