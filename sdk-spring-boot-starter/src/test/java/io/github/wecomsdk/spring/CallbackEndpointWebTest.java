package io.github.wecomsdk.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.testkit.CallbackDelivery;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Boot web application receiving an encrypted callback from FakeWeCom and sending through the auto-configured client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CallbackEndpointWebTest.App.class)
class CallbackEndpointWebTest {

    private static final String TOKEN = "callback-token-1";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final FakeWeCom FAKE = FakeWeCom.start();
    private static final List<CallbackPayload> RECEIVED = new CopyOnWriteArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    WeComClient client;

    @DynamicPropertySource
    static void wecom(DynamicPropertyRegistry properties) {
        // Spring Data Redis is on this module's test classpath; this application has no Redis.
        properties.add("wecom.redis.enabled", () -> "false");
        properties.add("wecom.base-url", FAKE::baseUrl);
        properties.add("wecom.corp-id", FAKE::corpId);
        properties.add("wecom.apps.notify.secret", FAKE::secret);
        properties.add("wecom.apps.notify.agent-id", FAKE::agentId);
        properties.add("wecom.apps.notify.callback.path", () -> "/wecom/notify");
        properties.add("wecom.apps.notify.callback.token", () -> TOKEN);
        properties.add("wecom.apps.notify.callback.encoding-aes-key", () -> AES_KEY);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void anEncryptedEventReachesTheRouteBeanTypedAndTheReplyComesBack() {
        String url = "http://127.0.0.1:" + port + "/wecom/notify";
        String xml = FAKE.callbacks().textMessage("zhangsan", "hello from WeCom");
        // WeCom waits 5 s; a loaded test machine may need longer for the first request of a fresh context.
        FAKE.callbacks().timeout(Duration.ofSeconds(60));

        CallbackDelivery delivery = FAKE.callbacks().send(url, TOKEN, AES_KEY, xml);
        CallbackDelivery retry = FAKE.callbacks().send(url, TOKEN, AES_KEY, xml);

        assertTrue(delivery.delivered(), delivery.toString());
        assertEquals(200, delivery.status());
        assertTrue(delivery.reply().contains("echo: hello from WeCom"), delivery.reply());
        assertEquals(200, retry.status());
        assertEquals(1, RECEIVED.size(), "a retry of the same message is not processed twice");
        ReceivedTextMessage text = assertInstanceOf(ReceivedTextMessage.class, RECEIVED.get(0));
        assertEquals("hello from WeCom", text.content());
    }

    @Test
    void aSendThroughTheAutoConfiguredClientLandsInTheFake() {
        FAKE.addUser("lisi", "Li Si", 1);

        client.post(
                "/cgi-bin/message/send",
                Map.of(
                        "touser",
                        "lisi",
                        "msgtype",
                        "text",
                        "agentid",
                        FAKE.agentId(),
                        "text",
                        Map.of("content", "sent from Boot")));

        assertTrue(
                FAKE.sentMessages().stream()
                        .anyMatch(sent -> sent.content().orElse("").equals("sent from Boot")),
                FAKE.sentMessages().toString());
    }

    /** No component scan: only this class's beans and the auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        WeComCallbackRoutes echoRoutes() {
            return (app, routes) -> routes.on(MsgType.TEXT, CallbackListener.typed(ReceivedTextMessage.class, text -> {
                RECEIVED.add(text);
                return PassiveReply.text("echo: " + text.content());
            }));
        }
    }
}
