package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.StoredCredential;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.CredentialKeys;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redis killed in the middle of a run: calls go on, gettoken stays bounded, the fleet converges again. */
class RedisOutageTest {

    private static final int INSTANCES = 4;

    private LocalRedis server;
    private FakeWeCom fake;
    private final List<WeComRedis> stores = new ArrayList<>();
    private final List<WeComClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        server = LocalRedis.start();
        fake = FakeWeCom.start();
        fake.addUser("lisi", "Li Si", 1);
        for (int i = 0; i < INSTANCES; i++) {
            WeComRedis redis = WeComRedis.builder()
                    .uri(server.uri())
                    .commandTimeout(Duration.ofMillis(300))
                    .pauseAfterFailure(Duration.ofMillis(100))
                    .build();
            stores.add(redis);
            clients.add(fake.clientBuilder().tokenStore(redis.tokenStore()).build());
        }
    }

    @AfterEach
    void stop() {
        stores.forEach(WeComRedis::close);
        fake.close();
        server.close();
    }

    @Test
    void callsSucceedThroughAnOutageAndTheFleetSharesOneTokenAfterIt() {
        callEveryInstance(3);
        assertEquals(1, fake.gettokenCalls());

        server.kill();
        callEveryInstance(3);
        assertEquals(1, fake.gettokenCalls(), "cached tokens serve calls while Redis is down");

        fake.revokeAllTokens();
        callEveryInstance(3);
        int duringOutage = fake.gettokenCalls() - 1;
        assertTrue(
                duringOutage <= INSTANCES, "at most one gettoken per instance during the outage, got " + duringOutage);

        server.restart();
        awaitRedisUsable();
        fake.revokeAllTokens();
        int before = fake.gettokenCalls();
        callEveryInstance(3);

        assertEquals(before + 1, fake.gettokenCalls(), "one refresh for the fleet once Redis is back");
        assertEquals(1, distinctTokensHeld());
    }

    private void callEveryInstance(int times) {
        for (int i = 0; i < times; i++) {
            for (WeComClient client : clients) {
                client.get("/cgi-bin/user/get", Map.of("userid", "lisi"));
            }
        }
    }

    /** Lettuce reconnects in the background; wait, bounded, until every instance reaches Redis again. */
    private void awaitRedisUsable() {
        // A bounded poll: reconnection is Lettuce's, on its own schedule.
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        for (WeComRedis redis : stores) {
            while (true) {
                try {
                    redis.rateWindow().reserve("probe-" + System.nanoTime(), 1000, Duration.ofSeconds(1));
                    if (!redis.inOutage()) {
                        break;
                    }
                } catch (RuntimeException e) {
                    // Still reconnecting.
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("Redis was not reachable again within 60 s");
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private int distinctTokensHeld() {
        Set<String> tokens = new HashSet<>();
        String key = CredentialKeys.accessToken(fake.corpId(), fake.secret());
        for (WeComRedis redis : stores) {
            StoredCredential held = redis.tokenStore().get(key);
            tokens.add(held.value());
        }
        return tokens.size();
    }
}
