package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.contacts.events.ContactEventRoutes;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackHttpHandler;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.testkit.CallbackDelivery;
import io.github.wecomsdk.testkit.FakeCallbacks;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The README's "Receiving callbacks" snippets, as they are printed there, run against FakeWeCom. */
class ReadmeSnippetsTest {

    private static final String TOKEN = "readmeToken";
    private static final String AES_KEY = "ReadmeEncodingAesKey0123456789abcdefghijklm";

    @Test
    void receivesCallbacks() throws Exception {
        try (FakeWeCom wecom = FakeWeCom.start()) {
            Set<String> directory = ConcurrentHashMap.newKeySet();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.start();
            try {
                serve(server, directory, TOKEN, AES_KEY, wecom.corpId());
                String endpointUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/wecom/callback";

                testLikeWeCom(wecom, endpointUrl, TOKEN, AES_KEY);

                wecom.client()
                        .post("/cgi-bin/user/create", Map.of("userid", "lisi", "name", "李四", "mobile", "13800000001"));
                assertTrue(wecom.callbacks().awaitEmitted(Duration.ofSeconds(30)));
                assertEquals(Set.of("lisi"), directory);
            } finally {
                server.stop(0);
            }
        }
    }

    private static void serve(HttpServer server, Set<String> directory, String token, String aesKey, String corpId) {
        CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder()) // typed contact routes: sdk-contacts
                .onUserCreated(e -> directory.add(e.user().userId()))
                .onUserDeleted(e -> directory.remove(e.userId()))
                .router()
                .on(
                        MsgType.TEXT,
                        CallbackListener.typed(
                                ReceivedTextMessage.class, text -> PassiveReply.text("Got it: " + text.content())))
                .build();
        CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, aesKey, corpId), router)
                .build();
        server.createContext("/wecom/callback", new CallbackHttpHandler(handler)); // JDK HttpServer; any framework
        // can call handler.handle(...)
    }

    private static void testLikeWeCom(FakeWeCom wecom, String endpointUrl, String token, String aesKey) {
        FakeCallbacks callbacks = wecom.callbacks().register(endpointUrl, token, aesKey);
        assertTrue(callbacks.verifyUrl().delivered()); // WeCom's URL check
        CallbackDelivery delivery = callbacks.send(callbacks.textMessage("zhangsan", "hi"));
        assertTrue(delivery.reply().contains("Got it: hi")); // decrypted passive reply
    }
}
