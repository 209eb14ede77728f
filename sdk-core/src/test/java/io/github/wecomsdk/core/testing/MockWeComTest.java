package io.github.wecomsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockWeComTest {

    private static final OkHttpClient HTTP = new OkHttpClient();

    /** Two tests in a fixed order: the second sees that the first one's server was closed. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class AsAnExtension {

        private static MockWeCom fromFirstTest;

        @RegisterExtension
        final MockWeCom wecom = new MockWeCom().strict();

        @Test
        @Order(1)
        void servesTheTest() throws IOException {
            fromFirstTest = wecom;
            wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");

            assertEquals(200, status(send(wecom, "/cgi-bin/user/get?access_token=" + MockWeCom.TOKEN_PREFIX + "1")));
            wecom.takeGet("/cgi-bin/user/get");
        }

        @Test
        @Order(2)
        void givesEachTestAFreshServerAndClosesTheLastOne() throws IOException {
            assumeTrue(fromFirstTest != null, "runs after servesTheTest");
            assertNotSame(fromFirstTest, wecom);
            assertTrue(refusesConnections(fromFirstTest), "the first test's server is closed");
            wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
            assertEquals(200, status(send(wecom, "/x?access_token=" + MockWeCom.TOKEN_PREFIX + "1")));
            wecom.takeGet("/x");
        }
    }

    @Test
    void strictFailsAPassingTestThatLeftAnAnswerUnrequestedAndStillCloses() {
        MockWeCom wecom = new MockWeCom().strict();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");

        AssertionError error = assertThrows(AssertionError.class, () -> wecom.afterEach(context(null)));

        assertTrue(error.getMessage().contains("1 enqueued answer(s) never requested"), error.getMessage());
        assertTrue(refusesConnections(wecom), "closed even though the check failed");
    }

    @Test
    void strictPassesWhenEveryAnswerWasRequested() throws IOException {
        MockWeCom wecom = new MockWeCom().strict();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        send(wecom, "/a?access_token=" + MockWeCom.TOKEN_PREFIX + "1").close();

        assertDoesNotThrow(() -> wecom.afterEach(context(null)));
        assertTrue(refusesConnections(wecom));
    }

    @Test
    void strictLeavesAFailedTestsOwnErrorAlone() {
        MockWeCom wecom = new MockWeCom().strict();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");

        assertDoesNotThrow(() -> wecom.afterEach(context(new AssertionError("the test's own failure"))));
    }

    @Test
    void acceptsUnusedAnswersUnlessStrict() {
        MockWeCom wecom = new MockWeCom();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");

        assertDoesNotThrow(() -> wecom.afterEach(context(null)));
        assertEquals(1, wecom.unusedAnswers());
    }

    @Test
    void refusesToServeASecondTest() {
        MockWeCom wecom = new MockWeCom();
        wecom.afterEach(context(null));

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> wecom.beforeEach(context(null)));
        assertTrue(error.getMessage().contains("instance field"), error.getMessage());
    }

    @Test
    void closesOnceWithTryWithResources() {
        MockWeCom outer;
        try (MockWeCom wecom = new MockWeCom()) {
            outer = wecom;
            wecom.close();
        }
        assertTrue(refusesConnections(outer));
    }

    @Test
    void takeGetChecksPathQueryTokenAndNoBody() throws IOException {
        try (MockWeCom wecom = new MockWeCom()) {
            wecom.enqueueJson("{}");
            wecom.enqueueJson("{}");
            wecom.enqueueJson("{}");
            wecom.enqueueJson("{}");
            String token = "access_token=" + MockWeCom.TOKEN_PREFIX + "7";

            send(wecom, "/cgi-bin/user/get?userid=zhang%20san&" + token).close();
            wecom.takeGet("/cgi-bin/user/get", "userid", "zhang san");

            send(wecom, "/cgi-bin/user/get?" + token + "&userid=a&extra=1").close();
            AssertionError extra =
                    assertThrows(AssertionError.class, () -> wecom.takeGet("/cgi-bin/user/get", "userid", "a"));
            assertTrue(extra.getMessage().contains("extra=1"), extra.getMessage());

            send(wecom, "/cgi-bin/user/get?userid=a&access_token=someone-elses").close();
            AssertionError foreign =
                    assertThrows(AssertionError.class, () -> wecom.takeGet("/cgi-bin/user/get", "userid", "a"));
            assertTrue(foreign.getMessage().contains("access_token"), foreign.getMessage());

            send(wecom, "/cgi-bin/user/delete?userid=a&userid=b&" + token).close();
            AssertionError repeated =
                    assertThrows(AssertionError.class, () -> wecom.takeGet("/cgi-bin/user/delete", "userid", "a"));
            assertTrue(repeated.getMessage().contains("repeated: [userid]"), repeated.getMessage());
        }
    }

    @Test
    void takePostChecksMethodPathQueryAndJsonBody() throws IOException {
        try (MockWeCom wecom = new MockWeCom()) {
            wecom.enqueueJson("{}");
            wecom.enqueueJson("{}");
            wecom.enqueueJson("{}");
            String token = "access_token=" + MockWeCom.TOKEN_PREFIX + "7";

            post(wecom, "/cgi-bin/menu/create?agentid=5&" + token, "{\"b\":[1,2],\"a\":\"x\"}")
                    .close();
            wecom.takePost("/cgi-bin/menu/create", "{'a':'x','b':[1,2]}", "agentid", "5");

            post(wecom, "/cgi-bin/menu/create?" + token, "{\"a\":\"y\"}").close();
            AssertionError body =
                    assertThrows(AssertionError.class, () -> wecom.takePost("/cgi-bin/menu/create", "{'a':'x'}"));
            assertTrue(body.getMessage().contains("JSON differs"), body.getMessage());

            send(wecom, "/cgi-bin/menu/create?" + token).close();
            AssertionError method =
                    assertThrows(AssertionError.class, () -> wecom.takePost("/cgi-bin/menu/create", "{}"));
            assertTrue(
                    method.getMessage().contains("expected POST /cgi-bin/menu/create but got GET"),
                    method.getMessage());
        }
    }

    @Test
    void namesAMissingFixture() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Fixtures.text("fixtures/core/no-such-file.json"));
        assertTrue(error.getMessage().contains("fixtures/core/no-such-file.json"), error.getMessage());
        IllegalArgumentException callback =
                assertThrows(IllegalArgumentException.class, () -> Fixtures.callback("nope.xml"));
        assertTrue(callback.getMessage().contains("fixtures/callback/nope.xml"), callback.getMessage());
    }

    @Test
    void readsACallbackFixture() {
        assertEquals("text", Fixtures.callbackMessage("text.xml").msgType());
        assertEquals(Fixtures.text("/fixtures/callback/text.xml"), Fixtures.callback("text.xml"));
    }

    private static Response send(MockWeCom wecom, String pathAndQuery) throws IOException {
        return HTTP.newCall(new Request.Builder()
                        .url(wecom.baseUrl() + pathAndQuery.substring(1))
                        .build())
                .execute();
    }

    private static Response post(MockWeCom wecom, String pathAndQuery, String json) throws IOException {
        RequestBody body = RequestBody.create(json, MediaType.get("application/json"));
        return HTTP.newCall(new Request.Builder()
                        .url(wecom.baseUrl() + pathAndQuery.substring(1))
                        .post(body)
                        .build())
                .execute();
    }

    private static int status(Response response) {
        try (response) {
            return response.code();
        }
    }

    private static boolean refusesConnections(MockWeCom wecom) {
        URI uri = URI.create(wecom.baseUrl());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    /** An extension context that answers only what MockWeCom asks: whether the test threw. */
    private static ExtensionContext context(Throwable thrown) {
        return (ExtensionContext) Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionException" -> Optional.ofNullable(thrown);
                    case "toString" -> "test context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
