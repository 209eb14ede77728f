package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeWeComTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client =
            wecom.clientBuilder().retryPolicy(RetryPolicy.none()).build();

    @AfterEach
    void stop() {
        wecom.close();
    }

    @Test
    void listensOnLoopback() {
        assertTrue(wecom.baseUrl().startsWith("http://127.0.0.1:"), wecom.baseUrl());
    }

    @Test
    void unknownPathAnswersErrcode404NamingThePath() {
        WeComApiException error =
                assertThrows(WeComApiException.class, () -> client.get("/cgi-bin/checkin/getcheckindata", null));

        assertEquals(404, error.errcode());
        assertTrue(error.errmsg().contains("/cgi-bin/checkin/getcheckindata"), error.errmsg());
    }

    @Test
    void wrongMethodAnswers40058() {
        WeComApiException error =
                assertThrows(WeComApiException.class, () -> client.get("/cgi-bin/user/create", Map.of("userid", "x")));

        assertEquals(40058, error.errcode());
        assertTrue(error.errmsg().contains("POST"), error.errmsg());
    }

    @Test
    void bodyThatIsNotJsonAnswers47001() {
        WeComApiException error =
                assertThrows(WeComApiException.class, () -> client.post("/cgi-bin/user/create", "{not json"));

        assertEquals(47001, error.errcode());
    }

    @Test
    void failNextFailsOnlyTheNextCallToThatPath() {
        wecom.addUser("zhangsan", "张三");
        wecom.failNext("/cgi-bin/user/get", 60020, "not allow to access from your ip");

        WeComApiException error = assertThrows(
                WeComApiException.class, () -> client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan")));
        JsonNode next = client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));

        assertEquals(60020, error.errcode());
        assertTrue(error.errmsg().startsWith("not allow to access from your ip, hint: ["), error.errmsg());
        assertEquals("zhangsan", next.path("userid").asText());
    }

    @Test
    void failNextChangesNothing() {
        wecom.failNext("/cgi-bin/user/create", -1);

        assertThrows(
                WeComApiException.class,
                () -> client.post(
                        "/cgi-bin/user/create", Map.of("userid", "a", "name", "A", "email", "a@example.com")));

        assertTrue(wecom.user("a").isEmpty());
    }

    @Test
    void failNextWithSystemBusyIsRetriedByADefaultClient() {
        wecom.addUser("zhangsan", "张三");
        WeComClient retrying = wecom.clientBuilder()
                .retryPolicy(RetryPolicy.builder().sleeper(delay -> {}).build())
                .build();
        wecom.failNext("/cgi-bin/user/get", -1);

        JsonNode user = retrying.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));

        assertEquals("zhangsan", user.path("userid").asText());
        assertEquals(2, wecom.callCount("/cgi-bin/user/get"));
    }

    @Test
    void failNextWithExpiredTokenMakesTheClientRefresh() {
        client.get("/cgi-bin/tag/list", null);
        wecom.failNext("/cgi-bin/tag/list", 42001);

        JsonNode answer = client.get("/cgi-bin/tag/list", null);

        assertEquals(0, answer.path("errcode").asInt());
        assertEquals(2, wecom.gettokenCalls());
    }

    @Test
    void failNextRefusesErrcodeZero() {
        assertThrows(IllegalArgumentException.class, () -> wecom.failNext("/cgi-bin/user/get", 0));
    }

    @Test
    void answersAreJsonWithUtf8ContentType() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(wecom.baseUrl() + "/cgi-bin/gettoken?corpid=" + wecom.corpId()
                                        + "&corpsecret=x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(
                "application/json; charset=UTF-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().startsWith("{\"errcode\":40001,\"errmsg\":\""), response.body());
    }

    @Test
    void servesConcurrentClientsWithoutLosingWrites() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String userid = "user" + i;
                results.add(pool.submit(() -> client.post(
                        "/cgi-bin/user/create",
                        Map.of("userid", userid, "name", userid, "email", userid + "@example.com"))));
            }
            for (Future<JsonNode> result : results) {
                assertEquals("created", result.get().path("errmsg").asText());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(40, wecom.userIds().size());
    }

    @Test
    void toStringShowsNoSecret() {
        assertTrue(!wecom.toString().contains(wecom.secret()), wecom.toString());
    }
}
