package io.github.wecomsdk.examples.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.CallbackDelivery;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.github.wecomsdk.testkit.SentMessage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example service started against FakeWeCom: a member's message arrives, a reply and a message go back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BootExampleTest {

    private static final String TOKEN = "example-callback-token";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final FakeWeCom FAKE = FakeWeCom.start();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @DynamicPropertySource
    static void pointAtTheFake(DynamicPropertyRegistry properties) {
        properties.add("wecom.base-url", FAKE::baseUrl);
        properties.add("wecom.corp-id", FAKE::corpId);
        properties.add("wecom.apps.notify.secret", FAKE::secret);
        properties.add("wecom.apps.notify.agent-id", FAKE::agentId);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void aMembersMessageGetsAPassiveReplyAndAnAppMessage() {
        FAKE.addUser("wangwu", "Wang Wu", 1);
        FAKE.callbacks().timeout(Duration.ofSeconds(60));
        String url = "http://127.0.0.1:" + port + "/wecom/notify";

        CallbackDelivery delivery = FAKE.callbacks()
                .send(url, TOKEN, AES_KEY, FAKE.callbacks().textMessage("wangwu", "Where is my order?"));

        assertEquals(200, delivery.status(), delivery.toString());
        assertTrue(delivery.reply().contains("Thanks, wangwu!"), delivery.reply());
        List<SentMessage> sent = FAKE.sentMessages();
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(
                "We got your message: Where is my order?", sent.get(0).content().orElseThrow());
        assertEquals(
                1,
                registry.get("wecom.callback.accepted")
                        .tags("type", "text")
                        .counter()
                        .count());
        System.out.println("BootExample: callback answered " + delivery.status() + ", " + sent.size()
                + " message sent back, metrics recorded");
    }
}
