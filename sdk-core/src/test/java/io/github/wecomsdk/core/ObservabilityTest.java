package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.internal.Redaction;
import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

class ObservabilityTest {

    private static final List<String> SECRET_VALUES = List.of(
            "OAUTH-CODE-v1",
            "JS-CODE-v2",
            "TFA-CODE-v3",
            "SIGN-v4",
            "WORKWX-SIGN-v5",
            "PAYMENT-API-KEY-v6",
            "USER-TICKET-v7",
            "SESSION-KEY-v8",
            "USER-TICKET-v9",
            "USER-DOC-TICKET-v10",
            "JS-CODE-QUERY-v11",
            "API-KEY-v12");

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    @AfterEach
    void stop() {
        CapturedLogs.setLevel(Level.INFO);
    }

    @Test
    void logsCallsAtTraceLevelWithoutAnySecretOrToken() {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        WeComClient client = wecom.client();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\"}");
        wecom.enqueueJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"jsapi-ticket-value-xyz\",\"secret\":\"s2\"}");
        wecom.enqueueJson("{\"errcode\":60111,\"errmsg\":\"no such user\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");

        client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
        client.post("/cgi-bin/user/update", Map.of("userid", "zhangsan", "corpsecret", MockWeCom.SECRET));
        client.get("/cgi-bin/get_jsapi_ticket", Map.of());
        assertThrows(WeComApiException.class, () -> client.get("/cgi-bin/user/get", Map.of("userid", "x")));
        client.newBuilder()
                .build()
                .execute(ApiRequest.post("/cgi-bin/webhook/send")
                        .withoutAccessToken()
                        .query("key", "webhook-key-value-abc")
                        .body(Map.of())
                        .build());

        String logs = CapturedLogs.text();
        assertTrue(logs.contains("/cgi-bin/gettoken"), "gettoken is logged:\n" + logs);
        assertTrue(logs.contains("access_token=***"), logs);
        assertTrue(logs.contains("corpsecret=***"), logs);
        MockWeCom.assertNoSecret(logs);
        assertFalse(logs.contains("jsapi-ticket-value-xyz"), logs);
        assertFalse(logs.contains("webhook-key-value-abc"), logs);
    }

    @Test
    void traceLogsMaskOauthCodesTicketsSessionKeysSignaturesAndPaymentKeys() {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        WeComClient client = wecom.client();
        String answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"user_ticket\":\"USER-TICKET-v9\","
                + "\"session_key\":\"SESSION-KEY-v8\",\"user_doc_ticket\":\"USER-DOC-TICKET-v10\"}";
        wecom.enqueueJson(answer);
        wecom.enqueueJson(answer);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "OAUTH-CODE-v1");
        body.put("js_code", "JS-CODE-v2");
        body.put("tfa_code", "TFA-CODE-v3");
        body.put("sign", "SIGN-v4");
        body.put("workwx_sign", "WORKWX-SIGN-v5");
        body.put("key", "PAYMENT-API-KEY-v6");
        body.put("user_ticket", "USER-TICKET-v7");
        body.put("api_key", "API-KEY-v12");
        body.put("userid", "zhangsan");

        client.post("/cgi-bin/auth/getuserdetail", body);
        client.execute(
                ApiRequest.get("/cgi-bin/miniprogram/jscode2session")
                        .query("js_code", "JS-CODE-QUERY-v11")
                        .query("grant_type", "authorization_code")
                        .build(),
                Map.class);

        String logs = CapturedLogs.text();
        assertTrue(logs.contains("\"session_key\":\"***\""), "the answer is logged, masked:\n" + logs);
        assertTrue(logs.contains("\"code\":\"***\""), "the body is logged, masked:\n" + logs);
        assertTrue(logs.contains("js_code=***"), "the query is logged, masked:\n" + logs);
        assertTrue(logs.contains("zhangsan"), "what is not secret is shown:\n" + logs);
        for (String secret : SECRET_VALUES) {
            assertFalse(logs.contains(secret), secret + " leaked:\n" + logs);
        }
    }

    @Test
    void reportsStartsEndsRetriesAndTokenEventsToTheListener() {
        List<String> events = new CopyOnWriteArrayList<>();
        WeComListener listener = new WeComListener() {
            @Override
            public void callStart(CallInfo call) {
                events.add("start " + call.path() + " #" + call.attempt());
            }

            @Override
            public void callEnd(CallInfo call, int errcode, Duration duration) {
                events.add("end " + call.path() + " " + errcode);
            }

            @Override
            public void retryScheduled(CallInfo call, WeComException failure, Duration delay) {
                events.add("retry " + call.path());
            }

            @Override
            public void credentialRefreshed(String credential, Duration duration) {
                events.add("refreshed " + credential.startsWith("access_token of " + MockWeCom.CORP_ID));
            }

            @Override
            public void credentialRejected(String credential, int errcode) {
                events.add("rejected " + errcode);
            }
        };
        WeComClient client = wecom.clientBuilder().listener(listener).build();
        wecom.enqueueJson("{\"errcode\":-1}");
        wecom.enqueueJson("{\"errcode\":40014}");
        wecom.enqueueJson("{\"errcode\":0}");

        client.get("/cgi-bin/x", null);

        assertEquals(
                List.of(
                        "start /cgi-bin/gettoken #1",
                        "end /cgi-bin/gettoken 0",
                        "refreshed true",
                        "start /cgi-bin/x #1",
                        "end /cgi-bin/x -1",
                        "retry /cgi-bin/x",
                        "start /cgi-bin/x #2",
                        "end /cgi-bin/x 40014",
                        "rejected 40014",
                        "start /cgi-bin/gettoken #1",
                        "end /cgi-bin/gettoken 0",
                        "refreshed true",
                        "start /cgi-bin/x #3",
                        "end /cgi-bin/x 0"),
                events);
    }

    @Test
    void ignoresAListenerThatThrows() {
        WeComClient client = wecom.clientBuilder()
                .listener(new WeComListener() {
                    @Override
                    public void callStart(CallInfo call) {
                        throw new IllegalStateException("broken metrics");
                    }
                })
                .build();
        wecom.enqueueJson("{\"errcode\":0,\"v\":1}");

        assertEquals(1, client.get("/cgi-bin/x", null).path("v").asInt());
    }

    @Test
    void masksSecretsInUrlsAndJson() {
        assertEquals(
                "https://h/p?access_token=***&userid=u&key=***",
                Redaction.query("https://h/p?access_token=abc&userid=u&key=k1"));
        assertEquals(
                "{\"access_token\":\"***\",\"expires_in\":7200,\"name\":\"n\"}",
                Redaction.json("{\"access_token\":\"abc\",\"expires_in\":7200,\"name\":\"n\"}"));
    }
}
