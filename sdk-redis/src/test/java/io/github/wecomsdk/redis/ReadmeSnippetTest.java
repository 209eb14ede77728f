package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.webhook.RobotWebhook;
import io.github.wecomsdk.messaging.webhook.RobotWebhooks;
import io.github.wecomsdk.messaging.webhook.WebhookPacer;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Running a fleet" snippet, compiled and run against a local Redis and FakeWeCom. */
class ReadmeSnippetTest {

    @Test
    void theReadmeSnippetSwitchesAServiceToRedis() {
        try (LocalRedis server = LocalRedis.start();
                FakeWeCom fake = FakeWeCom.start()) {
            fake.addUser("zhangsan", "Zhang San", 1);
            String redisUri = server.uri();
            String corpId = fake.corpId();
            String secret = fake.secret();
            String robotKey = fake.webhookKey();
            CallbackCrypto crypto = new CallbackCrypto("token", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", corpId);
            CallbackRouter router = CallbackRouter.builder().build();

            WeComRedis redis =
                    WeComRedis.builder().uri(redisUri).prefix("orders:").build();
            WeComClient client = WeComClient.builder()
                    .corpId(corpId)
                    .secret(secret)
                    .tokenStore(redis.tokenStore())
                    .build();
            CallbackHandler handler = CallbackHandler.builder(crypto, router)
                    .deduplicator(redis.callbackDeduplicator())
                    .build();
            RobotWebhook alerts = RobotWebhooks.of(client)
                    .webhook(robotKey)
                    .withPacer(WebhookPacer.shared(redis.rateWindow(), robotKey));

            try (redis) {
                WeComClient pointed =
                        client.newBuilder().baseUrl(fake.baseUrl()).build();
                pointed.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
                RobotWebhooks.of(pointed)
                        .webhook(robotKey)
                        .withPacer(WebhookPacer.shared(redis.rateWindow(), robotKey))
                        .send(TextMessage.of("deployed"));
                assertNotNull(handler);
                assertNotNull(alerts);
                assertEquals(1, fake.gettokenCalls());
                assertEquals(1, fake.webhookMessages(robotKey).size());
            }
        }
    }
}
