package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.CallbackDelivery;
import io.github.wecomsdk.testkit.FakeCallbacks;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallbackServerTest {

    private static final String TOKEN = "exampleToken";
    private static final String AES_KEY = "ExampleEncodingAesKey0123456789abcdefghijkl";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final FakeWeCom wecom = FakeWeCom.start();
    private final CallbackServer endpoint = CallbackServer.start(
            0, wecom.corpId(), TOKEN, AES_KEY, new PrintStream(printed, true, StandardCharsets.UTF_8));
    private final FakeCallbacks callbacks = wecom.callbacks().register(endpoint.url(), TOKEN, AES_KEY);

    @AfterEach
    void stop() {
        endpoint.close();
        wecom.close();
    }

    @Test
    void passesWeComsUrlCheck() {
        assertTrue(callbacks.verifyUrl().delivered());
    }

    @Test
    void repliesToTextPassively() {
        CallbackDelivery delivery = callbacks.send(callbacks.textMessage("zhangsan", "hello"));

        assertTrue(delivery.delivered());
        assertTrue(delivery.reply().contains("<Content><![CDATA[Got it: hello]]></Content>"), delivery.reply());
        assertEquals(List.of("text from zhangsan: hello"), endpoint.routed());
    }

    @Test
    void survivesWeComsRetriesProcessingEachCallbackOnce() {
        String message = callbacks.textMessage("zhangsan", "pay 100");

        callbacks.send(message);
        CallbackDelivery retry = callbacks.send(message);

        assertEquals(200, retry.status());
        assertEquals(List.of("text from zhangsan: pay 100"), endpoint.routed());
    }

    @Test
    void routesTypedContactEventsTheFakeEmits() {
        wecom.client().post("/cgi-bin/department/create", Map.of("name", "Sales", "parentid", 1, "id", 2));
        wecom.client()
                .post(
                        "/cgi-bin/user/create",
                        Map.of("userid", "lisi", "name", "李四", "mobile", "13800000000", "department", List.of(2)));
        wecom.client().get("/cgi-bin/user/delete", Map.of("userid", "lisi"));

        assertTrue(callbacks.awaitEmitted(Duration.ofSeconds(30)));
        assertEquals(
                List.of("department created: 2 Sales", "member created: lisi (李四)", "member removed: lisi"),
                endpoint.routed());
    }

    @Test
    void theDemoPrintsWhatHappened() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CallbackServer.demo(new PrintStream(out, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("1. URL check: passed"), text);
        assertTrue(text.contains("2. Text delivered in 1 attempt(s); passive reply: Got it: hello"), text);
        assertTrue(text.contains("3. The same message again (a WeCom retry): HTTP 200, not processed twice"), text);
        assertTrue(
                text.contains("4. Member created through the API; FakeWeCom emitted 1 event(s), delivered: true"),
                text);
        assertTrue(text.contains("member created: lisi (李四)"), text);
    }
}
