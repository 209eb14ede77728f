package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private int errcodeOf(Runnable call) {
        return assertThrows(WeComApiException.class, call::run).errcode();
    }

    private Map<String, Object> text(String touser, String content) {
        return Map.of(
                "touser", touser, "msgtype", "text", "agentid", wecom.agentId(), "text", Map.of("content", content));
    }

    @Test
    void sendRecordsTheMessageAndAnswersMsgid() {
        wecom.addUser("zhangsan", "张三");

        JsonNode answer = client.post("/cgi-bin/message/send", text("zhangsan", "你好"));

        List<SentMessage> sent = wecom.sentMessages();
        assertEquals(1, sent.size());
        assertEquals(answer.path("msgid").asText(), sent.get(0).msgid());
        assertEquals("text", sent.get(0).msgtype());
        assertEquals(wecom.agentId(), sent.get(0).agentId());
        assertEquals(List.of("zhangsan"), sent.get(0).recipients());
        assertEquals("你好", sent.get(0).content().orElseThrow());
        assertFalse(answer.has("invaliduser"));
    }

    @Test
    void sendReportsUnknownUsersLowerCasedInInvaliduser() {
        wecom.addUser("zhangsan", "张三");

        JsonNode answer = client.post("/cgi-bin/message/send", text("zhangsan|Ghost|nobody", "hi"));

        assertEquals("ghost|nobody", answer.path("invaliduser").asText());
        assertEquals(List.of("zhangsan"), wecom.sentMessages().get(0).recipients());
        assertEquals(List.of("ghost", "nobody"), wecom.sentMessages().get(0).invalid());
    }

    @Test
    void sendToOnlyUnknownUsersFailsWith81013() {
        assertEquals(81013, errcodeOf(() -> client.post("/cgi-bin/message/send", text("ghost", "hi"))));
        assertTrue(wecom.sentMessages().isEmpty());
    }

    @Test
    void sendToAllReachesEveryMember() {
        wecom.addUser("a", "A").addUser("b", "B");

        client.post("/cgi-bin/message/send", text("@all", "hi"));

        assertEquals(List.of("a", "b"), wecom.sentMessages().get(0).recipients());
    }

    @Test
    void sendToPartyAndTagReachesTheirMembers() {
        wecom.addDepartment(2, "A", 1)
                .addDepartment(3, "B", 2)
                .addUser("a", "A", 3)
                .addUser("b", "B");
        client.post("/cgi-bin/tag/create", Map.of("tagname", "T", "tagid", 1));
        client.post("/cgi-bin/tag/addtagusers", Map.of("tagid", 1, "userlist", List.of("b")));

        JsonNode answer = client.post(
                "/cgi-bin/message/send",
                Map.of(
                        "toparty",
                        "2|99",
                        "totag",
                        "1|8",
                        "msgtype",
                        "text",
                        "agentid",
                        wecom.agentId(),
                        "text",
                        Map.of("content", "hi")));

        assertEquals(List.of("a", "b"), wecom.sentMessages().get(0).recipients());
        assertEquals("99", answer.path("invalidparty").asText());
        assertEquals("8", answer.path("invalidtag").asText());
    }

    @Test
    void sendAsAnotherAppFailsWith301002() {
        wecom.addUser("zhangsan", "张三").addApp(1000009, "other-secret");

        assertEquals(
                301002,
                errcodeOf(() -> client.post(
                        "/cgi-bin/message/send",
                        Map.of(
                                "touser",
                                "zhangsan",
                                "msgtype",
                                "text",
                                "agentid",
                                1000009,
                                "text",
                                Map.of("content", "hi")))));
    }

    @Test
    void sendWithoutRecipientsFailsWith82001() {
        assertEquals(
                82001,
                errcodeOf(() -> client.post(
                        "/cgi-bin/message/send",
                        Map.of("msgtype", "text", "agentid", wecom.agentId(), "text", Map.of("content", "hi")))));
    }

    @Test
    void sendWithoutContentFailsWith44004() {
        wecom.addUser("zhangsan", "张三");

        assertEquals(
                44004,
                errcodeOf(() -> client.post(
                        "/cgi-bin/message/send",
                        Map.of(
                                "touser",
                                "zhangsan",
                                "msgtype",
                                "text",
                                "agentid",
                                wecom.agentId(),
                                "text",
                                Map.of()))));
    }

    @Test
    void sendWithUnknownMsgtypeFailsWith40008() {
        assertEquals(
                40008,
                errcodeOf(() -> client.post(
                        "/cgi-bin/message/send",
                        Map.of("touser", "zhangsan", "msgtype", "telegram", "agentid", wecom.agentId()))));
    }

    @Test
    void sendImageNeedsAnUploadedMediaId() {
        wecom.addUser("zhangsan", "张三");

        assertEquals(
                40007,
                errcodeOf(() -> client.post(
                        "/cgi-bin/message/send",
                        Map.of(
                                "touser",
                                "zhangsan",
                                "msgtype",
                                "image",
                                "agentid",
                                wecom.agentId(),
                                "image",
                                Map.of("media_id", "nope")))));
    }

    @Test
    void interactiveTemplateCardGetsAResponseCode() {
        wecom.addUser("zhangsan", "张三");

        JsonNode answer = client.post(
                "/cgi-bin/message/send",
                Map.of(
                        "touser",
                        "zhangsan",
                        "msgtype",
                        "template_card",
                        "agentid",
                        wecom.agentId(),
                        "template_card",
                        Map.of("card_type", "button_interaction", "task_id", "t1")));

        assertFalse(answer.path("response_code").asText().isEmpty());
    }

    @Test
    void duplicateCheckDeliversTheSameBodyOnceWithTheFirstMsgid() {
        wecom.addUser("zhangsan", "张三");
        Map<String, Object> body = Map.of(
                "touser",
                "zhangsan",
                "msgtype",
                "text",
                "agentid",
                wecom.agentId(),
                "text",
                Map.of("content", "once"),
                "enable_duplicate_check",
                1);

        JsonNode first = client.post("/cgi-bin/message/send", body);
        JsonNode second = client.post("/cgi-bin/message/send", body);

        assertEquals(first.path("msgid").asText(), second.path("msgid").asText());
        assertEquals(1, wecom.sentMessages().size());
    }

    @Test
    void withoutDuplicateCheckTheSameBodyIsSentTwice() {
        wecom.addUser("zhangsan", "张三");

        client.post("/cgi-bin/message/send", text("zhangsan", "twice"));
        client.post("/cgi-bin/message/send", text("zhangsan", "twice"));

        assertEquals(2, wecom.sentMessages().size());
    }

    @Test
    void recallMovesTheMessageToRecalledMessages() {
        wecom.addUser("zhangsan", "张三");
        String msgid = client.post("/cgi-bin/message/send", text("zhangsan", "oops"))
                .path("msgid")
                .asText();

        JsonNode answer = client.post("/cgi-bin/message/recall", Map.of("msgid", msgid));

        assertEquals(0, answer.path("errcode").asInt());
        assertTrue(wecom.sentMessages().isEmpty());
        assertEquals(msgid, wecom.recalledMessages().get(0).msgid());
    }

    @Test
    void recallByAnotherAppFailsWith40058() {
        wecom.addUser("zhangsan", "张三").addApp(1000009, "other-secret");
        String msgid = client.post("/cgi-bin/message/send", text("zhangsan", "hi"))
                .path("msgid")
                .asText();

        assertEquals(
                40058, errcodeOf(() -> wecom.client(1000009).post("/cgi-bin/message/recall", Map.of("msgid", msgid))));
    }

    @Test
    void recallAfter24HoursFailsWith42052() {
        MutableClock clock = new MutableClock();
        try (FakeWeCom timed = FakeWeCom.builder().clock(clock).start()) {
            timed.addUser("zhangsan", "张三");
            WeComClient timedClient = timed.client();
            String msgid = timedClient
                    .post(
                            "/cgi-bin/message/send",
                            Map.of(
                                    "touser",
                                    "zhangsan",
                                    "msgtype",
                                    "text",
                                    "agentid",
                                    timed.agentId(),
                                    "text",
                                    Map.of("content", "hi")))
                    .path("msgid")
                    .asText();
            clock.advance(Duration.ofHours(24));
            timed.expireAllTokens();

            assertEquals(42052, errcodeOf(() -> timedClient.post("/cgi-bin/message/recall", Map.of("msgid", msgid))));
        }
    }

    @Test
    void webhookSendRecordsTheMessageWithoutAToken() {
        JsonNode answer = client.execute(ApiRequest.post("/cgi-bin/webhook/send")
                .withoutAccessToken()
                .query("key", wecom.webhookKey())
                .body(Map.of("msgtype", "markdown", "markdown", Map.of("content", "**build** ok")))
                .build());

        assertEquals(0, answer.path("errcode").asInt());
        assertEquals("**build** ok", wecom.webhookMessages().get(0).content().orElseThrow());
        assertEquals(1, wecom.webhookMessages(wecom.webhookKey()).size());
    }

    @Test
    void webhookSendWithUnknownKeyFailsWith93000() {
        assertEquals(
                93000,
                errcodeOf(() -> client.execute(ApiRequest.post("/cgi-bin/webhook/send")
                        .withoutAccessToken()
                        .query("key", "unknown")
                        .body(Map.of("msgtype", "text", "text", Map.of("content", "hi")))
                        .build())));
    }

    @Test
    void clearMessagesForgetsWhatWasSent() {
        wecom.addUser("zhangsan", "张三");
        client.post("/cgi-bin/message/send", text("zhangsan", "hi"));

        wecom.clearMessages();

        assertTrue(wecom.sentMessages().isEmpty());
    }
}
