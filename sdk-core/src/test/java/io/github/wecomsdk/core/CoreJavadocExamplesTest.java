package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.core.CoreJavadocExamples.KfAccountAuthChange;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackPayloadRegistry;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.JavadocSnippets;
import io.github.wecomsdk.core.testing.SignedCallback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoreJavadocExamplesTest {

    private static final String TOKEN = "Vq3kZ8pLm2Tx7Rb9";
    private static final String AES_KEY = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF3Gh";
    private static final String CORP_ID = "ww6b1c5d9e2f8a7c3d";

    private final CoreJavadocExamples examples = new CoreJavadocExamples();

    @Test
    void everyJavadocExampleHasACompiledTwin() {
        JavadocSnippets.assertCompiled(Path.of("src/main/java"), Path.of("src/test/java"));
    }

    @Test
    void pagedIterableExampleWalksEveryPageAndStopsEarly() {
        record Page(List<String> items, String nextCursor) implements CursorPage<String> {}
        PagedIterable<String> userIds = PagedIterable.ofCursor(cursor ->
                cursor == null ? new Page(List.of("zhangsan", "lisi"), "c1") : new Page(List.of("wangwu"), ""));

        List<String> firstTen = examples.pagedIterable(userIds);

        assertEquals(List.of("zhangsan", "lisi", "wangwu"), firstTen);
        assertEquals(
                List.of("zhangsan", "lisi", "wangwu", List.of("zhangsan", "lisi"), List.of("wangwu")), examples.synced);
    }

    @Test
    void callbackRouterExampleRoutesTextAndFallsBackForTheRest() {
        CallbackRouter router = examples.callbackRouter();

        Optional<PassiveReply> reply = router.route(Fixtures.callbackMessage("text.xml"));
        Optional<PassiveReply> none = router.route(CallbackMessage.parse(
                "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
                        + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                        + "<Event><![CDATA[no_such_event]]></Event></xml>"));

        assertEquals(Optional.of(PassiveReply.text("got it")), reply);
        assertEquals(Optional.empty(), none);
        assertEquals(1, examples.logged.size());
    }

    @Test
    void callbackHandlerExampleAnswersASignedServletRequestWithAnEncryptedReply() throws IOException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        SignedCallback signed = SignedCallback.of(
                new CallbackCrypto(TOKEN, AES_KEY, CORP_ID),
                CORP_ID,
                Fixtures.callback("text.xml"),
                timestamp,
                "nonce1");
        CoreJavadocExamples.ServletRequest request = new CoreJavadocExamples.ServletRequest() {
            @Override
            public String getMethod() {
                return "POST";
            }

            @Override
            public String getParameter(String name) {
                return signed.query().get(name);
            }
        };
        FakeResponse response = new FakeResponse();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        try {
            examples.callbackHandler(
                    examples.callbackRouter(), TOKEN, AES_KEY, CORP_ID, request, response, signed.body(), server);
        } finally {
            server.stop(0);
        }

        assertEquals(200, response.status);
        String reply = response.body.toString(StandardCharsets.UTF_8);
        assertTrue(reply.contains("<Encrypt>"), reply);
        assertTrue(response.contentType.contains("xml"), response.contentType);
    }

    @Test
    void payloadMappingExampleTypesTheKfEvent() {
        CallbackPayloadRegistry registry =
                CallbackPayloadRegistry.builder().add(examples.new KfMappings()).build();

        CallbackMessage message = CallbackMessage.parse(
                "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
                        + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                        + "<Event><![CDATA[kf_account_auth_change]]></Event>"
                        + "<AuthAddOpenKfId><![CDATA[wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw]]></AuthAddOpenKfId></xml>",
                registry);

        KfAccountAuthChange change = assertInstanceOf(KfAccountAuthChange.class, message.payload());
        assertEquals("wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw", change.addedOpenKfId());
    }

    private static final class FakeResponse implements CoreJavadocExamples.ServletResponse {
        private int status;
        private String contentType;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override
        public void setStatus(int status) {
            this.status = status;
        }

        @Override
        public void setContentType(String contentType) {
            this.contentType = contentType;
        }

        @Override
        public OutputStream getOutputStream() {
            return body;
        }
    }
}
