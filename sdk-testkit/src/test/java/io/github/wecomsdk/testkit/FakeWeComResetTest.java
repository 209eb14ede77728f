package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link FakeWeCom#reset()} forgets the state of every family, as its Javadoc lists them. */
class FakeWeComResetTest {

    private static final long SECOND_APP = 1_000_017;
    private static final String SECOND_SECRET = "reset-test-second-app-secret-000000000001";

    private final FakeWeCom wecom = FakeWeCom.start();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private WeComClient client() {
        return wecom.clientBuilder().retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void resetForgetsMenusWorkbenchVisibleRangesAndAgentChangesButKeepsAppNames() {
        wecom.addAgent(SECOND_APP, SECOND_SECRET, "Expenses");
        wecom.addUser("zhangsan", "张三");
        wecom.setVisibleRange(wecom.agentId(), List.of("zhangsan"), List.of(), List.of());
        wecom.verifyRedirectDomain("hr.example.com");
        WeComClient client = client();
        client.execute(ApiRequest.post("/cgi-bin/menu/create")
                .query("agentid", wecom.agentId())
                .body("{\"button\":[{\"type\":\"click\",\"name\":\"Today\",\"key\":\"today\"}]}")
                .build());
        client.post(
                "/cgi-bin/agent/set",
                Map.of("agentid", wecom.agentId(), "description", "changed", "redirect_domain", "hr.example.com"));
        client.post("/cgi-bin/agent/set_workbench_template", Map.of("agentid", wecom.agentId(), "type", "normal"));
        assertTrue(wecom.menu(wecom.agentId()).isPresent());
        assertTrue(wecom.workbenchTemplate(wecom.agentId()).isPresent());

        wecom.reset();

        assertTrue(wecom.menu(wecom.agentId()).isEmpty(), "menu");
        assertTrue(wecom.workbenchTemplate(wecom.agentId()).isEmpty(), "workbench template");
        JsonNode agent = wecom.agent(wecom.agentId()).orElseThrow();
        assertEquals("", agent.path("redirect_domain").asText(), agent.toString());
        assertFalse(agent.path("description").asText().equals("changed"), agent.toString());
        assertEquals(0, agent.path("allow_userinfos").path("user").size(), "visible range: " + agent);
        assertEquals(1, agent.path("allow_partys").path("partyid").path(0).asLong(), "visible to the whole corp");
        assertEquals(
                "Expenses",
                wecom.agent(SECOND_APP).orElseThrow().path("name").asText(),
                "the name given with addAgent stays, like the app and its secret");
        assertEquals(
                85005,
                assertThrows(
                                WeComApiException.class,
                                () -> client().post(
                                                "/cgi-bin/agent/set",
                                                Map.of(
                                                        "agentid",
                                                        wecom.agentId(),
                                                        "redirect_domain",
                                                        "hr.example.com")))
                        .errcode(),
                "verified domains are forgotten");
    }

    @Test
    void resetSignsTheBrowserOutAndForgetsCodesTicketsAndApprovals() throws Exception {
        wecom.addUser("lisi", "李四");
        wecom.signInAs("lisi");
        String miniProgramCode = wecom.issueMiniProgramCode("lisi");
        WeComClient client = client();
        client.get("/cgi-bin/get_jsapi_ticket", null);
        client.get("/cgi-bin/user/authsucc", Map.of("userid", "lisi"));
        assertEquals(1, wecom.jsapiTicketFetches());
        assertTrue(wecom.jsapiTicket().isPresent());
        assertEquals(List.of("lisi"), wecom.approvedLogins());

        wecom.reset();
        wecom.addUser("lisi", "李四");

        assertEquals(0, wecom.jsapiTicketFetches());
        assertTrue(wecom.jsapiTicket().isEmpty());
        assertTrue(wecom.approvedLogins().isEmpty());
        assertEquals(
                40029,
                assertThrows(
                                WeComApiException.class,
                                () -> client().get(
                                                "/cgi-bin/miniprogram/jscode2session",
                                                Map.of("js_code", miniProgramCode, "grant_type", "authorization_code")))
                        .errcode(),
                "a code issued before the reset");
        String authorize = wecom.baseUrl() + "/connect/oauth2/authorize?appid=" + wecom.corpId()
                + "&redirect_uri=" + URLEncoder.encode("https://app.example.com/cb", StandardCharsets.UTF_8)
                + "&response_type=code&scope=snsapi_base&state=s";
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(403, page.statusCode(), "nobody is signed in after the reset: " + page.body());
    }

    @Test
    void resetForgetsExternalPaymentRecords() {
        wecom.addPaymentMerchant("1900000109", "Fake Shop");
        wecom.addExternalBill("order-1", "zhangsan", 1000, 1_700_000_000L);
        JsonNode before = client().post(
                        "/cgi-bin/externalpay/get_bill_list",
                        Map.of("begin_time", 1_699_999_000L, "end_time", 1_700_001_000L));
        assertEquals(1, before.path("bill_list").size(), before.toString());

        wecom.reset();

        assertTrue(wecom.paymentMerchant("1900000109").isEmpty());
        JsonNode after = client().post(
                        "/cgi-bin/externalpay/get_bill_list",
                        Map.of("begin_time", 1_699_999_000L, "end_time", 1_700_001_000L));
        assertEquals(0, after.path("bill_list").size(), after.toString());
    }

    @Test
    void resetForgetsAppGroupChatsNotOnlyTheirMessages() {
        wecom.addUser("a", "A");
        wecom.addUser("b", "B");
        String chatId = client().post(
                        "/cgi-bin/appchat/create",
                        Map.of("name", "Team", "owner", "a", "userlist", List.of("a", "b"), "chatid", "chat01"))
                .path("chatid")
                .asText();
        assertTrue(wecom.appChat(chatId).isPresent());

        wecom.reset();

        assertTrue(wecom.appChat(chatId).isEmpty());
    }

    @Test
    void resetForgetsRobotsAddedAndTheirMessagesButKeepsTheDefaultRobot() throws Exception {
        wecom.addWebhook("extra-robot");
        assertEquals(0, robotSend("extra-robot").path("errcode").asInt());

        wecom.reset();

        assertEquals(93000, robotSend("extra-robot").path("errcode").asInt());
        assertEquals(0, robotSend(wecom.webhookKey()).path("errcode").asInt());
        assertEquals(1, wecom.webhookMessages().size());
    }

    @Test
    void resetKeepsAppsTheirSecretsAndRestrictions() {
        wecom.addApp(SECOND_APP, SECOND_SECRET);
        wecom.restrictApp(SECOND_APP, "/cgi-bin/externalcontact/");

        wecom.reset();

        assertEquals(SECOND_SECRET, wecom.secret(SECOND_APP));
        WeComClient restricted =
                wecom.clientBuilder(SECOND_APP).retryPolicy(RetryPolicy.none()).build();
        assertEquals(
                48002,
                assertThrows(WeComApiException.class, () -> restricted.get("/cgi-bin/department/list", null))
                        .errcode());
    }

    private JsonNode robotSend(String key) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(wecom.webhookUrl(key)))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }
}
