package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JsSdkSignatureTest {

    private static final String OFFICIAL_TICKET =
            "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
    /** A page URL with a query that is already percent-encoded and a fragment; signed as it is, less "#...". */
    private static final String PAGE = "https://app.example.com/page?id=1&q=%E4%B8%AD%20x#/route?a=b";

    private static final String NONCE = "AbCdEf0123456789";
    private static final long TIMESTAMP = 1_700_000_000L;

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private JsSdk jsSdk(long epochSecond, String nonce) {
        return Auth.builder(wecom.client())
                .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC))
                .nonces(() -> nonce)
                .build()
                .jsSdk();
    }

    @Test
    void signsWeComsOfficialExample() {
        assertEquals(
                "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
                JsSdk.sign(OFFICIAL_TICKET, "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com?params=value"));
    }

    @Test
    void configSignatureOnTheFetchedCorpTicketReproducesTheOfficialExample() {
        wecom.enqueueJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"" + OFFICIAL_TICKET + "\",\"expires_in\":7200}");

        JsSdkSignature signature =
                jsSdk(1414587457, "Wm3WZYTPz0wzccnW").configSignature("http://mp.weixin.qq.com?params=value#section");

        wecom.takeGet("/cgi-bin/get_jsapi_ticket");
        assertEquals(
                new JsSdkSignature(1414587457, "Wm3WZYTPz0wzccnW", "0f9de62fce790f9a083d5c99e95740ceb90c27ed"),
                signature);
    }

    @Test
    void corpConfigMatchesAValueComputedByHand() {
        // sha1("jsapi_ticket=corp-ticket-1&noncestr=AbCdEf0123456789&timestamp=1700000000"
        //      + "&url=https://app.example.com/page?id=1&q=%E4%B8%AD%20x"), computed with Python's hashlib
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"corp-ticket-1\",\"expires_in\":7200}");

        WxConfig config = jsSdk(TIMESTAMP, NONCE).wxConfig(PAGE);

        wecom.takeGet("/cgi-bin/get_jsapi_ticket");
        assertEquals(
                new WxConfig(MockWeCom.CORP_ID, TIMESTAMP, NONCE, "8933ca018b928355daa1a64ed92b48c0d1b13f0a"), config);
    }

    @Test
    void agentConfigMatchesAValueComputedByHandOnTheAppTicket() {
        // sha1("jsapi_ticket=agent-ticket-1&noncestr=AbCdEf0123456789&timestamp=1700000000"
        //      + "&url=https://app.example.com/page?id=1&q=%E4%B8%AD%20x"), computed with Python's hashlib
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"agent-ticket-1\",\"expires_in\":7200}");

        AgentConfig config = jsSdk(TIMESTAMP, NONCE).agentConfig(PAGE);

        wecom.takeGet("/cgi-bin/ticket/get", "type", "agent_config");
        assertEquals(
                new AgentConfig(
                        MockWeCom.CORP_ID,
                        MockWeCom.AGENT_ID,
                        TIMESTAMP,
                        NONCE,
                        "19cf189e3003943b6192c261f98c6dd94f540cd9"),
                config);
    }

    @Test
    void agentTicketFromWeComsDocumentedAnswerIsCachedForTheNextSignature() {
        wecom.enqueueFixture("fixtures/auth/jsapi_ticket.json");
        // The client's credential cache and the signatures share one clock, near the real time because
        // the in-memory store's own eviction runs on the system clock.
        MutableClock clock = new MutableClock(Instant.now());
        JsSdk jsSdk = Auth.builder(wecom.clientBuilder().clock(clock).build())
                .clock(clock)
                .nonces(() -> NONCE)
                .build()
                .jsSdk();

        JsSdkSignature first = jsSdk.agentConfigSignature(PAGE);
        clock.advance(java.time.Duration.ofMinutes(90));
        JsSdkSignature second = jsSdk.agentConfigSignature("https://app.example.com/other");

        wecom.takeGet("/cgi-bin/ticket/get", "type", "agent_config");
        assertEquals(0, wecom.pendingRequests(), "the documented expires_in 7200 keeps it for 115 minutes");
        String documented = "bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhKoyN5OfkWITDGgnr2fwJ0m9E8NYzWKVZvdVtaUgWvsdshFKA";
        assertEquals(JsSdk.sign(documented, NONCE, first.timestamp(), PAGE), first.signature());
        assertEquals(first.timestamp() + 5400, second.timestamp());
        assertEquals(
                JsSdk.sign(documented, NONCE, second.timestamp(), "https://app.example.com/other"), second.signature());
    }

    @Test
    void aRefusedTicketFetchIsReportedAndCachesNothing() {
        JsSdk jsSdk = jsSdk(TIMESTAMP, NONCE);
        wecom.enqueueJson("{\"errcode\":48002,\"errmsg\":\"api forbidden\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"corp-ticket-1\",\"expires_in\":7200}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> jsSdk.configSignature(PAGE));
        assertEquals(48002, e.errcode());
        wecom.takeGet("/cgi-bin/get_jsapi_ticket");
        assertEquals(0, wecom.pendingRequests(), "a refused fetch is not repeated by the SDK");

        assertEquals(
                "8933ca018b928355daa1a64ed92b48c0d1b13f0a",
                jsSdk.configSignature(PAGE).signature());
        wecom.takeGet("/cgi-bin/get_jsapi_ticket");
    }

    @Test
    void anAnswerWithoutATicketOrLifetimeIsAResponseErrorAndNotCached() {
        JsSdk jsSdk = jsSdk(TIMESTAMP, NONCE);
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"expires_in\":7200}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"agent-ticket-1\",\"expires_in\":0}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"agent-ticket-1\",\"expires_in\":7200}");

        assertThrows(WeComResponseException.class, () -> jsSdk.agentConfigSignature(PAGE));
        assertThrows(WeComResponseException.class, () -> jsSdk.agentConfigSignature(PAGE));
        assertEquals(
                "19cf189e3003943b6192c261f98c6dd94f540cd9",
                jsSdk.agentConfigSignature(PAGE).signature());
        for (int i = 0; i < 3; i++) {
            wecom.takeGet("/cgi-bin/ticket/get", "type", "agent_config");
        }
    }

    @Test
    void serialisesExactlyWhatWwRegisterCallbacksAndLegacyConfigsWant() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(
                "{\"timestamp\":1700000000,\"nonceStr\":\"n\",\"signature\":\"s\"}",
                mapper.writeValueAsString(new JsSdkSignature(TIMESTAMP, "n", "s")));
        assertEquals(
                "{\"appId\":\"ww1\",\"timestamp\":1700000000,\"nonceStr\":\"n\",\"signature\":\"s\"}",
                mapper.writeValueAsString(new WxConfig("ww1", TIMESTAMP, "n", "s")));
        assertEquals(
                "{\"corpid\":\"ww1\",\"agentid\":1000002,\"timestamp\":1700000000,\"nonceStr\":\"n\","
                        + "\"signature\":\"s\"}",
                mapper.writeValueAsString(new AgentConfig("ww1", 1000002, TIMESTAMP, "n", "s")));
        // and with the client's own mapper, the one a Spring app would most likely not use but might
        assertEquals(
                "{\"timestamp\":1700000000,\"nonceStr\":\"n\",\"signature\":\"s\"}",
                wecom.client().objectMapper().writeValueAsString(new JsSdkSignature(TIMESTAMP, "n", "s")));
    }

    @Test
    void pageUrlIsNeverEncodedDecodedOrEscaped() {
        String ticket = "T";
        String raw = "https://app.example.com/a b/中?x=%2F&y=<z>";
        assertEquals(JsSdk.sign(ticket, NONCE, TIMESTAMP, raw), JsSdk.sign(ticket, NONCE, TIMESTAMP, raw + "#frag"));
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"T\",\"expires_in\":7200}");
        assertEquals(
                JsSdk.sign(ticket, NONCE, TIMESTAMP, raw),
                jsSdk(TIMESTAMP, NONCE).configSignature(raw + "#frag").signature());
    }

    @Test
    void refusesPageUrlsThatCannotBeTheBrowsers() {
        JsSdk jsSdk = jsSdk(TIMESTAMP, NONCE);
        for (String url : new String[] {
            null, "", "/relative", "https%3A%2F%2Fapp.example.com%2F", "https://app.example.com/?a=1&amp;b=2"
        }) {
            assertThrows(WeComValidationException.class, () -> jsSdk.configSignature(url), String.valueOf(url));
        }
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void agentSignaturesNeedAnAgent() {
        JsSdk jsSdk =
                Auth.of(wecom.clientBuilder().build().newBuilder().build()).jsSdk();
        assertTrue(jsSdk.toString().contains("agentId=" + MockWeCom.AGENT_ID));
        JsSdk noAgent = Auth.of(io.github.wecomsdk.core.WeComClient.builder()
                        .corpId("ww1")
                        .secret("s")
                        .baseUrl(wecom.baseUrl())
                        .build())
                .jsSdk();
        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> noAgent.agentConfigSignature("https://app.example.com/"));
        assertTrue(e.getMessage().contains("agentid"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }
}
