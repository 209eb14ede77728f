package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class LocalRedisTest {

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void theEmbeddedBinaryServesWhenNoRedisIsInstalled() {
        try (LocalRedis server = LocalRedis.start(true);
                WeComRedis redis = WeComRedis.builder().uri(server.uri()).build()) {
            Duration wait = redis.rateWindow().reserve("probe", 1, Duration.ofMinutes(1));

            assertEquals(Duration.ZERO, wait);
        }
    }
}
