package io.github.wecomsdk.messaging;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComTimeoutException;
import io.github.wecomsdk.core.internal.Json;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TemplateCard.Button;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Nothing is sent twice" under faults: a timed-out or busy-answered send is repeated only when it
 * carries WeCom's duplicate check, and a split send that fails part-way names exactly who has not
 * been sent to. Also the error envelopes of the other message endpoints.
 */
class SendFaultsTest {

    private static final ObjectMapper JSON = Json.newMapper();

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private Messaging messaging;

    @BeforeEach
    void start() {
        WeComClient client =
                wecom.clientBuilder().readTimeout(Duration.ofMillis(300)).build();
        messaging = Messaging.of(client);
    }

    private static List<String> users(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "u" + i).toList();
    }

    private void enqueueStall() {
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
    }

    private RecordedRequest takeSend() {
        RecordedRequest request = wecom.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/cgi-bin/message/send", request.getUrl().encodedPath());
        return request;
    }

    @Test
    void neverRepeatsASendWithoutDuplicateCheckWhoseAnswerTimedOut() {
        enqueueStall();
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        WeComTimeoutException failure = assertThrows(
                WeComTimeoutException.class,
                () -> messaging.send(
                        Audience.users("zhangsan"),
                        TextMessage.of("pay day"),
                        SendOptions.defaults().withoutDuplicateCheck()));

        assertTrue(failure.requestSent());
        assertJsonEquals(
                "{'touser':'zhangsan','msgtype':'text','agentid':1000002,'text':{'content':'pay day'}}",
                MockWeCom.bodyOf(takeSend()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void repeatsATimedOutSendCarryingTheDuplicateCheckWithTheSameBody() {
        enqueueStall();
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        SendResult result = messaging.send(Audience.users("zhangsan"), TextMessage.of("pay day"));

        String first = MockWeCom.bodyOf(takeSend());
        String second = MockWeCom.bodyOf(takeSend());
        assertJsonEquals(
                "{'touser':'zhangsan','msgtype':'text','agentid':1000002,'text':{'content':'pay day'},"
                        + "'enable_duplicate_check':1,'duplicate_check_interval':1800}",
                first);
        assertEquals(first, second);
        assertEquals("msgid-ok", result.msgId());
    }

    @Test
    void neverRepeatsASendWithoutDuplicateCheckThatWeComCalledBusy() {
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        WeComApiException failure = assertThrows(
                WeComApiException.class,
                () -> messaging.send(
                        Audience.users("zhangsan"),
                        TextMessage.of("pay day"),
                        SendOptions.defaults().withoutDuplicateCheck()));

        assertEquals(-1, failure.errcode());
        takeSend();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void repeatsABusyAnsweredSendCarryingTheDuplicateCheck() {
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        SendResult result = messaging.send(Audience.users("zhangsan"), TextMessage.of("pay day"));

        assertEquals(MockWeCom.bodyOf(takeSend()), MockWeCom.bodyOf(takeSend()));
        assertEquals("msgid-ok", result.msgId());
    }

    @Test
    void aSplitSendTimingOutOnItsSecondCallReportsTheRestAndSendsNothingAgain() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\"}");
        enqueueStall();
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        PartiallySentException failure = assertThrows(
                PartiallySentException.class,
                () -> messaging.send(
                        Audience.users(users(0, 2500)),
                        TextMessage.of("hi"),
                        SendOptions.defaults().withoutDuplicateCheck()));

        assertEquals(List.of("m1"), failure.sent().msgIds());
        assertEquals(users(1000, 2500), failure.remainingAudience().users());
        assertEquals(
                List.of(Audience.users(users(1000, 2000)), Audience.users(users(2000, 2500))), failure.remaining());
        WeComTimeoutException cause = (WeComTimeoutException) failure.getCause();
        assertTrue(cause.requestSent());
        takeSend();
        takeSend();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void aSplitCardFailingOnItsSecondCallKeepsTheFirstSlicesTaskIdAndResponseCode() throws Exception {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\",\"response_code\":\"rc1\"}");
        wecom.enqueueJson("{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}");
        TemplateCard card = TemplateCard.buttonInteraction()
                .mainTitle("Approve?", null)
                .button(Button.callback("Yes", "yes", 1))
                .taskId("approve7")
                .build();

        PartiallySentException failure =
                assertThrows(PartiallySentException.class, () -> messaging.send(Audience.users(users(0, 1200)), card));

        SentSlice first = failure.sent().slices().get(0);
        assertEquals("approve7@1", first.taskId());
        assertEquals("rc1", first.responseCode());
        assertEquals(users(0, 1000), first.audience().users());
        assertEquals(users(1000, 1200), failure.remainingAudience().users());
        assertEquals(81013, ((WeComApiException) failure.getCause()).errcode());
        takeSend();
        JsonNode second = JSON.readTree(MockWeCom.bodyOf(takeSend()));
        assertEquals("approve7@2", second.get("template_card").get("task_id").asText());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesAUsedResponseCodeOfACardUpdateAsApiException() {
        wecom.enqueueJson("{\"errcode\":60140,\"errmsg\":\"invalid response_code\"}");

        WeComApiException failure = assertThrows(
                WeComApiException.class,
                () -> messaging.templateCards().replaceButtons(Audience.users("a"), "USED", "done"));

        assertEquals(60140, failure.errcode());
        assertEquals("/cgi-bin/message/update_template_card", failure.path());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void neverRepeatsACardUpdateWhoseAnswerTimedOut() {
        enqueueStall();
        wecom.enqueueFixture("fixtures/messaging/update_template_card.json");

        assertThrows(
                WeComTimeoutException.class,
                () -> messaging.templateCards().replaceButtons(Audience.users("a"), "CODE", "done"));

        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesAStatisticsErrorAsApiException() {
        wecom.enqueueJson("{\"errcode\":48002,\"errmsg\":\"api forbidden\"}");

        WeComApiException failure =
                assertThrows(WeComApiException.class, () -> messaging.statistics(StatisticsPeriod.YESTERDAY));

        assertEquals(48002, failure.errcode());
        RecordedRequest request = wecom.takeRequest();
        assertEquals("/cgi-bin/message/get_statistics", request.getUrl().encodedPath());
        assertJsonEquals("{'time_type':1}", MockWeCom.bodyOf(request));
    }

    @Test
    void neverRepeatsARecallWhoseAnswerTimedOut() {
        enqueueStall();
        wecom.enqueueFixture("fixtures/messaging/recall.json");

        assertThrows(WeComTimeoutException.class, () -> messaging.recall("m1"));

        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void neverRepeatsAChatMessageWhoseAnswerTimedOut() {
        enqueueStall();
        wecom.enqueueFixture("fixtures/appchat/send.json");

        WeComTimeoutException failure = assertThrows(
                WeComTimeoutException.class, () -> messaging.appChats().send("CHATID", TextMessage.of("once")));

        assertTrue(failure.requestSent());
        RecordedRequest request = wecom.takeRequest();
        assertEquals("/cgi-bin/appchat/send", request.getUrl().encodedPath());
        assertJsonEquals("{'chatid':'CHATID','msgtype':'text','text':{'content':'once'}}", MockWeCom.bodyOf(request));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void neverRepeatsAChatCreationWhoseAnswerTimedOut() {
        enqueueStall();
        wecom.enqueueFixture("fixtures/appchat/create.json");

        assertThrows(
                WeComTimeoutException.class,
                () -> messaging.appChats().create(NewAppChat.of("On-call", List.of("zhangsan", "lisi"))));

        assertEquals("/cgi-bin/appchat/create", wecom.takeRequest().getUrl().encodedPath());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesAChatOfAnotherAppAsApiException() {
        wecom.enqueueJson("{\"errcode\":86003,\"errmsg\":\"chat not found\"}");

        WeComApiException failure =
                assertThrows(WeComApiException.class, () -> messaging.appChats().get("OTHER"));

        assertEquals(86003, failure.errcode());
        assertEquals("/cgi-bin/appchat/get", failure.path());
        assertEquals("OTHER", wecom.takeRequest().getUrl().queryParameter("chatid"));
    }
}
