package io.github.wecomsdk.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackResponse;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.testing.SignedCallback;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WeComMetricsTest {

    private static final String TOKEN = "QDG6eK";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String CORP_ID = "wx5823bf96d3bd56c7";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final WeComMetrics metrics = WeComMetrics.of(registry);
    private FakeWeCom fake;
    private WeComClient client;

    @BeforeEach
    void start() {
        fake = FakeWeCom.start();
        fake.addUser("wangwu", "Wang Wu", 1);
        client = fake.clientBuilder().listener(metrics.listener()).build();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void recordsEachCallByPathOutcomeAndErrcodeWithoutIds() {
        client.get("/cgi-bin/user/get", Map.of("userid", "wangwu"));
        assertThrows(WeComApiException.class, () -> client.get("/cgi-bin/user/get", Map.of("userid", "nobody-xyz")));

        assertEquals(
                1,
                registry.get("wecom.client.requests")
                        .tags("method", "GET", "path", "/cgi-bin/user/get", "outcome", "success", "errcode", "0")
                        .timer()
                        .count());
        assertEquals(
                1,
                registry.get("wecom.client.requests")
                        .tags("path", "/cgi-bin/user/get", "outcome", "api_error")
                        .timer()
                        .count());
        assertEquals(
                1,
                registry.get("wecom.credential.refreshes")
                        .tags("kind", "access_token")
                        .timer()
                        .count());
        assertNoTagHolds("wangwu", "nobody-xyz", fake.secret());
    }

    @Test
    void countsRetriesAndTheErrcodesOperatorsWatch() {
        fake.failNext("/cgi-bin/user/get", 45009);

        client.get("/cgi-bin/user/get", Map.of("userid", "wangwu"));

        assertEquals(
                1,
                registry.get("wecom.client.retries")
                        .tags("path", "/cgi-bin/user/get", "reason", "45009")
                        .counter()
                        .count());
        assertEquals(
                1,
                registry.get("wecom.client.errors")
                        .tags("errcode", "45009")
                        .counter()
                        .count());
    }

    @Test
    void countsRejectedTokens() {
        client.get("/cgi-bin/user/get", Map.of("userid", "wangwu"));
        fake.revokeAllTokens();

        client.get("/cgi-bin/user/get", Map.of("userid", "wangwu"));

        assertEquals(
                1,
                registry.get("wecom.credential.rejections")
                        .tags("kind", "access_token")
                        .counter()
                        .count());
        assertEquals(2, registry.get("wecom.credential.refreshes").timer().count());
    }

    @Test
    void recordsCallbacksAcceptedDuplicatedAndRejected() {
        CallbackCrypto crypto = new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);
        CallbackRouter router =
                CallbackRouter.builder().on(EventType.CLICK, message -> null).build();
        CallbackHandler handler = CallbackHandler.builder(crypto, router)
                .observer(metrics.callbackObserver())
                .build();
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String xml = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[zhaoliu]]>"
                + "</FromUserName><CreateTime>" + timestamp + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[click]]></Event><EventKey><![CDATA[MENU_1]]></EventKey><AgentID>1</AgentID></xml>";
        SignedCallback request = SignedCallback.of(crypto, CORP_ID, xml, timestamp, "nonce1");
        Map<String, String> query = request.query();
        String body = request.body();

        CallbackResponse first = handler.handle("POST", query, body);
        CallbackResponse retry = handler.handle("POST", query, body);
        handler.handle("POST", Map.of("msg_signature", "0".repeat(40), "timestamp", timestamp, "nonce", "n"), body);

        assertEquals(200, first.status());
        assertEquals(200, retry.status());
        assertEquals(
                1,
                registry.get("wecom.callback.accepted")
                        .tags("type", "click")
                        .counter()
                        .count());
        assertEquals(
                1,
                registry.get("wecom.callback.duplicates")
                        .tags("type", "click")
                        .counter()
                        .count());
        assertEquals(1, registry.get("wecom.callback.rejected").counter().count());
        assertEquals(
                2,
                registry.get("wecom.callback.handling")
                        .tags("status", "200")
                        .timer()
                        .count());
        assertNoTagHolds("zhaoliu", "MENU_1", AES_KEY, TOKEN);
    }

    @Test
    void pathTagsStayBoundedWhateverTheRawCallsAre() {
        PathTag paths = new PathTag();
        for (int i = 0; i < 1000; i++) {
            paths.of("/cgi-bin/custom/path" + i);
        }

        assertEquals("other", paths.of("/cgi-bin/custom/path999"));
        assertEquals("/cgi-bin/custom/path1", paths.of("/cgi-bin/custom/path1?userid=secret"));
        assertEquals("other", paths.of("https://evil.example/?token=x"));
    }

    private void assertNoTagHolds(String... forbidden) {
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                for (String value : forbidden) {
                    assertFalse(tag.getValue().contains(value), meter.getId() + " holds " + value);
                }
            }
        }
    }
}
