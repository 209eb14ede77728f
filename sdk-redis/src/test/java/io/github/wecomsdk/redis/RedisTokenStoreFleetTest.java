package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.wecomsdk.core.StoredCredential;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.CredentialKeys;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Four instances of a service, each with its own store and connection, on one Redis and one WeCom. */
class RedisTokenStoreFleetTest extends SharedRedis {

    private static final int INSTANCES = 4;
    private static final int CALLERS_PER_INSTANCE = 50;

    private FakeWeCom fake;
    private final List<WeComRedis> stores = new ArrayList<>();
    private final List<WeComClient> clients = new ArrayList<>();
    private ExecutorService pool;

    @BeforeEach
    void startFleet() {
        String prefix = "fleet-test-" + java.util.UUID.randomUUID() + ":";
        fake = FakeWeCom.start();
        fake.addUser("zhangsan", "Zhang San", 1);
        for (int i = 0; i < INSTANCES; i++) {
            WeComRedis redis = WeComRedis.builder()
                    .uri(server.uri())
                    .prefix(prefix)
                    // Generous: a loaded machine must not turn a slow answer into an outage here.
                    .commandTimeout(Duration.ofSeconds(10))
                    .build();
            stores.add(redis);
            clients.add(fake.clientBuilder().tokenStore(redis.tokenStore()).build());
        }
        pool = Executors.newFixedThreadPool(INSTANCES * CALLERS_PER_INSTANCE);
    }

    @AfterEach
    void stopFleet() {
        pool.shutdownNow();
        stores.forEach(WeComRedis::close);
        fake.close();
    }

    @Test
    void aColdFleetCallsGettokenOnce() throws Exception {
        callFromEveryInstanceAtOnce();

        assertEquals(1, fake.gettokenCalls());
        assertEquals(1, distinctTokensHeld());
    }

    @Test
    void aRejectedTokenIsReplacedOnceForTheWholeFleet() throws Exception {
        callFromEveryInstanceAtOnce();
        fake.revokeAllTokens();

        callFromEveryInstanceAtOnce();

        assertEquals(2, fake.gettokenCalls());
        assertEquals(1, distinctTokensHeld());
    }

    @Test
    void aHealthyTokenCostsNoRedisRoundTripPerCall() throws Exception {
        callFromEveryInstanceAtOnce();
        assertEquals(1, fake.gettokenCalls());
        server.kill();
        try {
            callFromEveryInstanceAtOnce();

            assertEquals(1, fake.gettokenCalls());
        } finally {
            server.restart();
        }
    }

    private void callFromEveryInstanceAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (WeComClient client : clients) {
            for (int i = 0; i < CALLERS_PER_INSTANCE; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
                }));
            }
        }
        start.countDown();
        for (Future<?> call : calls) {
            assertNotNull(call.get());
        }
    }

    private int distinctTokensHeld() {
        Set<String> tokens = ConcurrentHashMap.newKeySet();
        for (WeComRedis redis : stores) {
            StoredCredential held = redis.tokenStore().get(tokenKey());
            tokens.add(held.value());
        }
        return tokens.size();
    }

    private String tokenKey() {
        return CredentialKeys.accessToken(fake.corpId(), fake.secret());
    }
}
