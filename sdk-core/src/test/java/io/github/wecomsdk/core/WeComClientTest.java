package io.github.wecomsdk.core;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WeComClientTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final WeComClient client = wecom.client();

    record User(
            @JsonProperty("userid") String userId,
            @JsonProperty("name") String name,
            @JsonProperty("department") List<Long> departments,
            @JsonAnySetter Map<String, Object> otherFields) {}

    record SendBody(
            @JsonProperty("touser") String toUser,
            @JsonProperty("agentid") long agentId,
            @JsonProperty("safe") Integer safe) {}

    @Test
    void sendsGetWithTheTokenFirstAndTheQueryInOrder() {
        wecom.enqueueFixture("fixtures/core/user-get.json");

        client.get("/cgi-bin/user/get", new LinkedHashMap<>(Map.of("userid", "zhangsan")));

        RecordedRequest request = wecom.takeRequest();
        assertEquals("GET", request.getMethod());
        assertEquals("/cgi-bin/user/get", request.getUrl().encodedPath());
        assertEquals(MockWeCom.TOKEN_PREFIX + "1", request.getUrl().queryParameterValue(0));
        assertEquals("access_token", request.getUrl().queryParameterName(0));
        assertEquals("zhangsan", request.getUrl().queryParameter("userid"));
        assertEquals(2, request.getUrl().querySize());
    }

    @Test
    void decodesATypedAnswerAndKeepsFieldsItDoesNotKnow() {
        wecom.enqueueFixture("fixtures/core/user-get.json");

        User user = client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"), User.class);

        assertEquals("zhangsan", user.userId());
        assertEquals("张三", user.name());
        assertEquals(List.of(1L, 2L), user.departments());
        assertEquals(Map.of("nested", true), user.otherFields().get("a_field_wecom_added_later"));
    }

    @Test
    void postsJsonWithNullFieldsLeftOut() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\"}");

        JsonNode answer = client.post("/cgi-bin/message/send", new SendBody("a|b", 1000002, null));

        RecordedRequest request = wecom.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/cgi-bin/message/send", request.getUrl().encodedPath());
        assertEquals("application/json; charset=utf-8", request.getHeaders().get("Content-Type"));
        assertJsonEquals("{'touser':'a|b','agentid':1000002}", MockWeCom.bodyOf(request));
        assertEquals("m1", answer.path("msgid").asText());
    }

    @Test
    void sendsAStringBodyAsItIs() {
        wecom.enqueueJson("{\"errcode\":0}");

        client.post("/cgi-bin/tag/create", "{\"tagname\":\"UI\"}");

        assertEquals("{\"tagname\":\"UI\"}", MockWeCom.bodyOf(wecom.takeRequest()));
    }

    @Test
    void decodesGenericTypes() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ip_list\":[\"1.1.1.1\"]}");

        Map<String, Object> answer = client.execute(
                ApiRequest.get("/cgi-bin/getcallbackip").build(), new TypeReference<Map<String, Object>>() {});

        assertEquals(List.of("1.1.1.1"), answer.get("ip_list"));
    }

    @Test
    void turnsANonZeroErrcodeIntoAnApiExceptionWithMeaningAndHint() {
        wecom.enqueueJson("{\"errcode\":60111,\"errmsg\":\"userid not found, hint: [1576065934_28_e0fae07666aa], "
                + "from ip: 9.30.0.138, more info at https://open.work.weixin.qq.com/devtool/query?e=60111\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class, () -> client.get("/cgi-bin/user/get", Map.of("userid", "nobody")));

        assertEquals(60111, e.errcode());
        assertEquals("1576065934_28_e0fae07666aa", e.hint());
        assertEquals("/cgi-bin/user/get", e.path());
        assertTrue(
                e.getMessage().startsWith("WeCom error 60111 on /cgi-bin/user/get: UserID not found"), e.getMessage());
        assertFalse(e.getMessage().contains(MockWeCom.TOKEN_PREFIX));
    }

    @Test
    void turnsAnErrcodeAfterOtherFieldsIntoAnApiExceptionForTypedCalls() {
        wecom.enqueueJson("{\"userid\":\"u\",\"department\":[1],\"errcode\":60111,\"errmsg\":\"no user\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class, () -> client.get("/cgi-bin/user/get", Map.of("userid", "u"), User.class));

        assertEquals(60111, e.errcode());
    }

    @Test
    void readsAnErrcodeSentAsAStringForTypedCalls() {
        wecom.enqueueJson("{\"errcode\":\"40003\",\"errmsg\":\"invalid userid\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class, () -> client.get("/cgi-bin/user/get", Map.of("userid", "u"), User.class));

        assertEquals(40003, e.errcode());
    }

    @Test
    void explainsUnknownErrcodesWithWeComsLookupLink() {
        wecom.enqueueJson("{\"errcode\":99999,\"errmsg\":\"new error\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> client.get("/cgi-bin/x", null));

        assertTrue(e.getMessage().contains("devtool/query?e=99999"), e.getMessage());
        assertNull(e.hint());
    }

    @Test
    void reportsAnEmptyBodyAsAResponseException() {
        wecom.enqueue(new MockResponse.Builder().code(200).body("").build());

        WeComResponseException e = assertThrows(WeComResponseException.class, () -> client.get("/cgi-bin/x", null));

        assertTrue(e.getMessage().contains("empty body"), e.getMessage());
    }

    @Test
    void reportsAnHtmlBodyAsAResponseExceptionWithTheCause() {
        wecom.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html>gateway</html>")
                .build());

        WeComResponseException e = assertThrows(WeComResponseException.class, () -> client.get("/cgi-bin/x", null));

        assertTrue(e.getMessage().contains("not JSON (text/html"), e.getMessage());
        assertTrue(e.getCause() != null);
    }

    @Test
    void reportsJsonOfTheWrongShapeAsAResponseException() {
        wecom.enqueueJson("{\"errcode\":0,\"department\":\"not-a-list\"}");

        WeComResponseException e =
                assertThrows(WeComResponseException.class, () -> client.get("/cgi-bin/user/get", null, User.class));

        assertTrue(e.getMessage().contains("does not fit User"), e.getMessage());
    }

    @Test
    void reportsHttpClientErrorsWithTheStatus() {
        wecom.enqueue(new MockResponse.Builder().code(404).body("nope").build());

        WeComHttpException e = assertThrows(WeComHttpException.class, () -> client.get("/cgi-bin/x", null));

        assertEquals(404, e.statusCode());
        assertEquals(1, wecom.server().getRequestCount() - wecom.gettokenCalls());
    }

    @Test
    void refusesAPathWithoutLeadingSlashAndAHandSetToken() {
        assertThrows(WeComValidationException.class, () -> ApiRequest.get("cgi-bin/user/get"));
        assertThrows(WeComValidationException.class, () -> ApiRequest.get("/x").query("access_token", "t"));
        assertThrows(WeComValidationException.class, () -> ApiRequest.get("/x").body("{}"));
    }

    @Test
    void refusesToBuildWithoutCorpIdOrSecretNamingWhatIsMissing() {
        WeComValidationException noCorp = assertThrows(
                WeComValidationException.class,
                () -> WeComClient.builder().secret("s").build());
        assertTrue(noCorp.getMessage().startsWith("corpId is required"));
        WeComValidationException noSecret = assertThrows(
                WeComValidationException.class,
                () -> WeComClient.builder().corpId("ww1").secret(" ").build());
        assertTrue(noSecret.getMessage().startsWith("secret is required"));
        assertThrows(
                WeComValidationException.class,
                () -> WeComClient.builder()
                        .corpId("ww1")
                        .secret("s")
                        .baseUrl("not a url")
                        .build());
    }

    @Test
    void requireAgentIdExplainsHowToSetIt() {
        WeComClient noAgent = WeComClient.builder().corpId("ww1").secret("s").build();
        WeComValidationException e = assertThrows(WeComValidationException.class, noAgent::requireAgentId);
        assertTrue(e.getMessage().contains(".agentId("));
        assertEquals(MockWeCom.AGENT_ID, client.requireAgentId());
    }

    @Test
    void keepsTheSecretOutOfToStringOfClientAndBuilder() {
        assertFalse(client.toString().contains(MockWeCom.SECRET));
        assertFalse(client.newBuilder().toString().contains(MockWeCom.SECRET));
        assertTrue(client.toString().contains(MockWeCom.CORP_ID));
    }

    @Test
    void worksBehindABaseUrlWithAPathPrefix() {
        WeComClient prefixed =
                wecom.clientBuilder().baseUrl(wecom.baseUrl() + "proxy/wecom/").build();
        wecom.enqueueJson("{\"errcode\":0}");

        prefixed.post("/cgi-bin/user/delete", Map.of());

        assertEquals(
                "/proxy/wecom/cgi-bin/user/delete", wecom.takeRequest().getUrl().encodedPath());
    }

    @Test
    void reachesUnwrappedEndpointsThroughTheRawCalls() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"checkindata\":[{\"userid\":\"u\"}]}");

        JsonNode answer = client.post(
                "/cgi-bin/checkin/getcheckindata", Map.of("opencheckindatatype", 3, "useridlist", List.of("u")));

        assertEquals("u", answer.path("checkindata").path(0).path("userid").asText());
        assertJsonEquals("{'opencheckindatatype':3,'useridlist':['u']}", MockWeCom.bodyOf(wecom.takeRequest()));
    }

    @Test
    void wrapsNetworkFailuresKeepingTheCause() {
        WeComClient tokenHolder = wecom.client();
        tokenHolder.accessToken();
        WeComClient unreachable = tokenHolder
                .newBuilder()
                .okHttpClient(new okhttp3.OkHttpClient())
                .retryPolicy(RetryPolicy.none())
                .build();
        wecom.close();

        WeComNetworkException e = assertThrows(
                WeComNetworkException.class, () -> unreachable.get("/cgi-bin/user/get", Map.of("userid", "u")));

        assertInstanceOf(java.io.IOException.class, e.getCause());
        assertEquals("/cgi-bin/user/get", e.path());
        assertFalse(e.requestSent(), e.getMessage());
    }
}
