package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.StoredCredential;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.testing.CapturedLogs;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedisSecretsTest {

    private static final String PASSWORD = "redis-pass-7f3a9c";
    private static final String TOKEN = "access-token-value-4d2e";

    @Test
    void thePasswordAndTokensNeverReachALogLineOrToString() {
        CapturedLogs.clear();
        try (LocalRedis server = LocalRedis.startWithPassword(PASSWORD)) {
            String uri = "redis://:" + PASSWORD + "@127.0.0.1:" + server.port();
            try (WeComRedis redis = WeComRedis.builder()
                    .uri(uri)
                    .commandTimeout(Duration.ofMillis(200))
                    .pauseAfterFailure(Duration.ofMillis(1))
                    .build()) {
                redis.tokenStore()
                        .put(
                                "wecom:access_token:ww1:abc",
                                new StoredCredential(TOKEN, Instant.now().plusSeconds(60)));
                assertEquals(
                        TOKEN,
                        redis.tokenStore().get("wecom:access_token:ww1:abc").value());

                server.kill();
                redis.tokenStore().removeIfValue("wecom:access_token:ww1:abc", "other");
                assertTrue(redis.inOutage());

                String shown = redis + " " + redis.tokenStore() + " " + redis.callbackDeduplicator() + " "
                        + redis.rateWindow() + " " + CapturedLogs.text();
                assertTrue(CapturedLogs.text().contains("did not answer"), CapturedLogs.text());
                assertFalse(shown.contains(PASSWORD), shown);
                assertFalse(shown.contains(TOKEN), shown);
            }
        }
    }

    @Test
    void aWrongPasswordFailsTheBuildWithoutShowingIt() {
        try (LocalRedis server = LocalRedis.startWithPassword(PASSWORD)) {
            String uri = "redis://:wrong-" + PASSWORD + "@127.0.0.1:" + server.port();

            WeComException error = assertThrows(
                    WeComException.class, () -> WeComRedis.builder().uri(uri).build());

            assertFalse(String.valueOf(error.getMessage()).contains(PASSWORD), error.getMessage());
        }
    }
}
