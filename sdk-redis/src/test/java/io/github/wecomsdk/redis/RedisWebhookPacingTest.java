package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.MutableClock;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.webhook.RobotWebhook;
import io.github.wecomsdk.messaging.webhook.RobotWebhooks;
import io.github.wecomsdk.messaging.webhook.WebhookPacer;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Four service instances sending to one group robot through their own clients, paced together on Redis. */
class RedisWebhookPacingTest {

    @Test
    void fourInstancesSendNoMoreThanTwentyAMinuteToOneRobot() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        WebhookPacer.Sleeper advanceTheClock = delay -> {
            synchronized (clock) {
                clock.advance(delay);
            }
        };
        List<Instant> sentAt = new ArrayList<>();
        try (LocalRedis server = LocalRedis.start();
                FakeWeCom fake = FakeWeCom.start()) {
            List<WeComRedis> stores = new ArrayList<>();
            List<RobotWebhook> instances = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                WeComRedis redis =
                        WeComRedis.builder().uri(server.uri()).clock(clock).build();
                stores.add(redis);
                instances.add(RobotWebhooks.of(fake.client())
                        .webhook(fake.webhookKey())
                        .withPacer(WebhookPacer.shared(redis.rateWindow(), fake.webhookKey(), advanceTheClock)));
            }
            try {
                for (int i = 0; i < 70; i++) {
                    instances.get(i % 4).send(TextMessage.of("alert " + i));
                    sentAt.add(clock.instant());
                    clock.advance(Duration.ofMillis(500));
                }
            } finally {
                stores.forEach(WeComRedis::close);
            }
            assertEquals(70, fake.webhookMessages(fake.webhookKey()).size());
            assertFalse(instances.get(0).toString().contains(fake.webhookKey()));
        }

        for (int i = 20; i < sentAt.size(); i++) {
            Duration span = Duration.between(sentAt.get(i - 20), sentAt.get(i));
            assertTrue(span.compareTo(Duration.ofMinutes(1)) >= 0, "21 sends within " + span + " ending at send " + i);
        }
    }
}
