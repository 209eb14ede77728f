package io.github.wecomsdk.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.core.testing.SignedCallback;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The callback endpoint on WebFlux: a signed, encrypted message routed typed, a retry not processed twice, 413. */
class ReactiveCallbackEndpointTest {

    private static final String TOKEN = "reactive-token";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String CORP_ID = "ww0000000000000001";

    @Test
    void anEncryptedMessageIsRoutedTypedAndAnsweredWithTheEncryptedReply() {
        List<String> received = new CopyOnWriteArrayList<>();
        WeComCallbackRoutes routes =
                (app, builder) -> builder.on(MsgType.TEXT, CallbackListener.typed(ReceivedTextMessage.class, text -> {
                    received.add(text.content());
                    return PassiveReply.text("got " + text.content());
                }));
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(WeComAutoConfiguration.class, WeComCallbackReactiveConfiguration.class))
                .withPropertyValues(
                        "wecom.corp-id=" + CORP_ID,
                        "wecom.apps.notify.secret=s3cret",
                        "wecom.apps.notify.callback.path=/wecom/notify",
                        "wecom.apps.notify.callback.token=" + TOKEN,
                        "wecom.apps.notify.callback.encoding-aes-key=" + AES_KEY,
                        "wecom.redis.enabled=false")
                .withBean(WeComCallbackRoutes.class, () -> routes)
                .run(context -> {
                    @SuppressWarnings("unchecked")
                    RouterFunction<ServerResponse> router =
                            context.getBean("weComReactiveCallbackRouter", RouterFunction.class);
                    WebTestClient client =
                            WebTestClient.bindToRouterFunction(router).build();
                    CallbackCrypto crypto = new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);
                    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
                    String xml = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName>"
                            + "<![CDATA[zhangsan]]></FromUserName><CreateTime>" + timestamp + "</CreateTime>"
                            + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello]]></Content>"
                            + "<MsgId>1234567</MsgId><AgentID>1</AgentID></xml>";
                    SignedCallback request = SignedCallback.of(crypto, CORP_ID, xml, timestamp, "n1");
                    String body = request.body();
                    String uri = "/wecom/notify?" + request.queryString();

                    String reply = client.post()
                            .uri(uri)
                            .bodyValue(body)
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody(String.class)
                            .returnResult()
                            .getResponseBody();
                    client.post()
                            .uri(uri)
                            .bodyValue(body)
                            .exchange()
                            .expectStatus()
                            .isOk();
                    client.post()
                            .uri(uri)
                            .bodyValue("x".repeat(3 << 20))
                            .exchange()
                            .expectStatus()
                            .isEqualTo(413)
                            .expectHeader()
                            .valueEquals("Connection", "close");
                    client.get().uri("/elsewhere").exchange().expectStatus().isNotFound();

                    assertEquals(List.of("hello"), received);
                    String decrypted = crypto.decrypt(
                            SignedCallback.element(reply, "MsgSignature"),
                            SignedCallback.element(reply, "TimeStamp"),
                            SignedCallback.element(reply, "Nonce"),
                            reply);
                    assertTrue(decrypted.contains("got hello"), decrypted);
                });
    }
}
