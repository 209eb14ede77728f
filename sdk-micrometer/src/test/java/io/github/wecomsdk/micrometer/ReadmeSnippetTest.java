package io.github.wecomsdk.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Metrics with Micrometer" snippet, compiled and run against FakeWeCom. */
class ReadmeSnippetTest {

    @Test
    void theReadmeSnippetRecordsCalls() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addUser("zhangsan", "Zhang San", 1);
            SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
            String corpId = fake.corpId();
            String secret = fake.secret();
            CallbackCrypto crypto = new CallbackCrypto("token", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", corpId);
            CallbackRouter router = CallbackRouter.builder().build();

            WeComMetrics metrics = WeComMetrics.of(meterRegistry);
            WeComClient client = WeComClient.builder()
                    .corpId(corpId)
                    .secret(secret)
                    .listener(metrics.listener())
                    .build();
            CallbackHandler handler = CallbackHandler.builder(crypto, router)
                    .observer(metrics.callbackObserver())
                    .build();

            client.newBuilder().baseUrl(fake.baseUrl()).build().get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
            assertNotNull(handler);
            assertEquals(
                    1,
                    meterRegistry
                            .get("wecom.client.requests")
                            .tags("outcome", "success")
                            .timer()
                            .count());
        }
    }
}
