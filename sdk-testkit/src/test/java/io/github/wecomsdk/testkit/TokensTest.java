package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokensTest {

    private final MutableClock clock = new MutableClock();
    private final FakeWeCom wecom = FakeWeCom.builder().clock(clock).start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private JsonNode gettoken(String corpid, String secret) {
        return client.execute(ApiRequest.get("/cgi-bin/gettoken")
                .withoutAccessToken()
                .query("corpid", corpid)
                .query("corpsecret", secret)
                .build());
    }

    @Test
    void issuesTokenWithWeComsLifetime() {
        JsonNode answer = gettoken(wecom.corpId(), wecom.secret());

        assertEquals(0, answer.path("errcode").asInt());
        assertEquals("ok", answer.path("errmsg").asText());
        assertEquals(7200, answer.path("expires_in").asLong());
        assertTrue(answer.path("access_token").asText().length() >= 32);
    }

    @Test
    void returnsTheSameTokenWhileItIsValid() {
        JsonNode first = gettoken(wecom.corpId(), wecom.secret());
        clock.advance(Duration.ofSeconds(200));
        JsonNode second = gettoken(wecom.corpId(), wecom.secret());

        assertEquals(
                first.path("access_token").asText(), second.path("access_token").asText());
        assertEquals(7000, second.path("expires_in").asLong());
    }

    @Test
    void refusesWrongSecretWith40001() {
        WeComApiException error =
                assertThrows(WeComApiException.class, () -> gettoken(wecom.corpId(), "not-the-secret"));

        assertEquals(40001, error.errcode());
    }

    @Test
    void refusesWrongCorpIdWith40013() {
        WeComApiException error =
                assertThrows(WeComApiException.class, () -> gettoken("wwsomeoneelse", wecom.secret()));

        assertEquals(40013, error.errcode());
    }

    @Test
    void clientWithWrongSecretFailsWith40001() {
        WeComClient wrong = wecom.clientBuilder().secret("wrong").build();

        WeComApiException error = assertThrows(WeComApiException.class, () -> wrong.get("/cgi-bin/tag/list", null));

        assertEquals(40001, error.errcode());
    }

    @Test
    void callWithoutTokenFailsWith41001() {
        WeComApiException error = assertThrows(
                WeComApiException.class,
                () -> client.execute(
                        ApiRequest.get("/cgi-bin/tag/list").withoutAccessToken().build()));

        assertEquals(41001, error.errcode());
        assertTrue(
                error.errmsg().contains("more info at https://open.work.weixin.qq.com/devtool/query?e=41001"),
                error.errmsg());
        assertTrue(error.hint() != null && error.hint().endsWith("_fakewecom"), error.hint());
    }

    /** The client refuses to carry a hand-made token, so these calls go over plain HTTP. */
    private JsonNode callWithToken(String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(wecom.baseUrl() + "/cgi-bin/tag/list?access_token=" + token))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void callWithUnknownTokenFailsWith40014() throws Exception {
        JsonNode answer = callWithToken("bogus");

        assertEquals(40014, answer.path("errcode").asInt());
        assertTrue(
                answer.path("errmsg").asText().startsWith("invalid access_token, hint: ["),
                answer.path("errmsg").asText());
    }

    @Test
    void callWithExpiredTokenFailsWith42001() throws Exception {
        String token = client.accessToken();
        clock.advance(Duration.ofSeconds(7200));

        assertEquals(42001, callWithToken(token).path("errcode").asInt());
    }

    @Test
    void tokenIsValidUntilItsLifetimeEnds() throws Exception {
        String token = client.accessToken();
        clock.advance(Duration.ofSeconds(7199));

        assertEquals(0, callWithToken(token).path("errcode").asInt());
    }

    @Test
    void clientRefreshesOnceAfterExpireAllTokens() {
        client.get("/cgi-bin/tag/list", null);
        String before = client.accessToken();

        wecom.expireAllTokens();
        JsonNode answer = client.get("/cgi-bin/tag/list", null);

        assertEquals(0, answer.path("errcode").asInt());
        assertEquals(2, wecom.gettokenCalls());
        assertNotEquals(before, client.accessToken());
    }

    @Test
    void revokedTokenIsAnsweredWith40014AndClientRecovers() throws Exception {
        String token = client.accessToken();
        wecom.revokeAllTokens();

        JsonNode rejected = callWithToken(token);
        JsonNode answer = client.get("/cgi-bin/tag/list", null);

        assertEquals(40014, rejected.path("errcode").asInt());
        assertEquals(0, answer.path("errcode").asInt());
        assertEquals(2, wecom.gettokenCalls());
    }

    @Test
    void tokenOfAddedAppIsAcceptedWithItsOwnSecret() {
        wecom.addApp(1000005, "second-app-secret");
        WeComClient second = wecom.client(1000005);

        JsonNode answer = second.get("/cgi-bin/tag/list", null);

        assertEquals(0, answer.path("errcode").asInt());
        assertEquals("second-app-secret", wecom.secret(1000005));
    }

    @Test
    void addingAnAppWithATakenSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> wecom.addApp(1000006, wecom.secret()));
    }
}
