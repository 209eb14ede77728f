package io.github.wecomsdk.messaging;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.PartialFailureException;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Large audiences split and merged; retries made safe by WeCom's duplicate check. */
class MessageDeliveryTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private Messaging messages;

    @BeforeEach
    void start() {
        messages = Messaging.of(wecom.client());
    }

    private static List<String> users(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "u" + i).toList();
    }

    private static String bodyFor(List<String> users) {
        return "{'touser':'" + String.join("|", users) + "','msgtype':'text','agentid':1000002,"
                + "'text':{'content':'hi'},'enable_duplicate_check':1,'duplicate_check_interval':1800}";
    }

    @Test
    void sendsToTwoThousandFiveHundredUsersInThreeCallsAndMergesResults() {
        wecom.enqueueJson("{'errcode':0,'errmsg':'ok','invaliduser':'u5','msgid':'m1'}".replace('\'', '"'));
        wecom.enqueueJson(
                "{'errcode':0,'errmsg':'ok','invaliduser':'u1001|u1002','unlicenseduser':'u1500',".replace('\'', '"')
                        + "\"msgid\":\"m2\"}");
        wecom.enqueueJson("{'errcode':0,'errmsg':'ok','invaliduser':'','msgid':'m3'}".replace('\'', '"'));

        SendResult result = messages.send(Audience.users(users(0, 2500)), TextMessage.of("hi"));

        assertJsonEquals(bodyFor(users(0, 1000)), MockWeCom.bodyOf(wecom.takeRequest()));
        assertJsonEquals(bodyFor(users(1000, 2000)), MockWeCom.bodyOf(wecom.takeRequest()));
        assertJsonEquals(bodyFor(users(2000, 2500)), MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(0, wecom.pendingRequests());
        assertEquals(3, result.slices().size());
        assertEquals(List.of("m1", "m2", "m3"), result.msgIds());
        assertEquals(List.of("u5", "u1001", "u1002"), result.invalidUsers());
        assertEquals(List.of("u1500"), result.unlicensedUsers());
    }

    @Test
    void splitsDepartmentsAndTagsAlongsideUsersIntoTheFewestCalls() {
        long[] departments = IntStream.rangeClosed(1, 150).asLongStream().toArray();
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        SendResult result = messages.send(
                Audience.users("zhangsan").andDepartments(departments).andTags(9), TextMessage.of("hi"));

        String first = String.join(
                "|", IntStream.rangeClosed(1, 100).mapToObj(String::valueOf).toList());
        String second = String.join(
                "|", IntStream.rangeClosed(101, 150).mapToObj(String::valueOf).toList());
        assertJsonEquals(
                "{'touser':'zhangsan','toparty':'" + first + "','totag':'9','msgtype':'text',"
                        + "'agentid':1000002,'text':{'content':'hi'},'enable_duplicate_check':1,"
                        + "'duplicate_check_interval':1800}",
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertJsonEquals(
                "{'toparty':'" + second + "','msgtype':'text','agentid':1000002,'text':{'content':'hi'},"
                        + "'enable_duplicate_check':1,'duplicate_check_interval':1800}",
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(2, result.slices().size());
    }

    @Test
    void reportsWhatWasSentWhenALaterSliceFails() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\"}");
        wecom.enqueueJson("{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}");

        PartiallySentException failure = assertThrows(
                PartiallySentException.class,
                () -> messages.send(Audience.users(users(0, 1500)), TextMessage.of("hi")));

        assertEquals(List.of("m1"), failure.sent().msgIds());
        assertEquals(users(1000, 1500), failure.remainingAudience().users());
        assertEquals(81013, ((WeComApiException) failure.getCause()).errcode());
        assertEquals(2, wecom.server().getRequestCount() - wecom.gettokenCalls());
    }

    @Test
    void reportsAPartialSendAsCoresPartialFailureWithSlicesSentAndRemaining() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m2\"}");
        wecom.enqueueJson("{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}");

        PartialFailureException failure = assertThrows(
                PartialFailureException.class,
                () -> messages.send(Audience.users(users(0, 3500)), TextMessage.of("hi")));

        assertTrue(failure instanceof PartiallySentException);
        assertEquals(2, failure.succeeded().size());
        assertEquals(
                users(1000, 2000),
                ((SentSlice) failure.succeeded().get(1)).audience().users());
        assertEquals(
                List.of(Audience.users(users(2000, 3000)), Audience.users(users(3000, 3500))), failure.remaining());
        assertTrue(
                failure.getMessage().contains("failed after 2 successful request(s); 2 item(s) not done"),
                failure.getMessage());
        assertEquals(3, wecom.server().getRequestCount() - wecom.gettokenCalls());
    }

    @Test
    void retriesADroppedSendCarryingTheDuplicateCheck() {
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        SendResult result = messages.send(
                Audience.users("zhangsan"),
                TextMessage.of("deploy done"),
                SendOptions.defaults().withDuplicateCheck(Duration.ofMinutes(10)));

        String expected = "{'touser':'zhangsan','msgtype':'text','agentid':1000002,'text':{'content':'deploy done'},"
                + "'enable_duplicate_check':1,'duplicate_check_interval':600}";
        String first = MockWeCom.bodyOf(wecom.takeRequest());
        String second = MockWeCom.bodyOf(wecom.takeRequest());
        assertJsonEquals(expected, first);
        assertEquals(first, second);
        assertEquals("msgid-ok", result.msgId());
    }

    @Test
    void doesNotRetryASendWithoutDuplicateCheckOnceItMayHaveReachedWeCom() {
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        WeComNetworkException failure = assertThrows(
                WeComNetworkException.class,
                () -> messages.send(
                        Audience.users("zhangsan"),
                        TextMessage.of("deploy done"),
                        SendOptions.defaults().withoutDuplicateCheck()));

        assertTrue(failure.requestSent());
        assertJsonEquals(
                "{'touser':'zhangsan','msgtype':'text','agentid':1000002,'text':{'content':'deploy done'}}",
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesAllRecipientsInvalidAsApiException() {
        wecom.enqueueJson("{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}");

        WeComApiException failure = assertThrows(
                WeComApiException.class, () -> messages.send(Audience.users("nobody"), TextMessage.of("hi")));

        assertEquals(81013, failure.errcode());
        assertEquals("/cgi-bin/message/send", failure.path());
    }

    @Test
    void dropsDuplicateUsersBeforeSplitting() {
        List<String> twice = new ArrayList<>(users(0, 1000));
        twice.addAll(users(0, 1000));
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        SendResult result = messages.send(Audience.users(twice), TextMessage.of("hi"));

        assertEquals(1, result.slices().size());
        assertJsonEquals(bodyFor(users(0, 1000)), MockWeCom.bodyOf(wecom.takeRequest()));
    }
}
