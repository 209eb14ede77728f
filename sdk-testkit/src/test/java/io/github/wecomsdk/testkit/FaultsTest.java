package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComHttpException;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private static final String USER_GET = "/cgi-bin/user/get";
    private static final String USER_CREATE = "/cgi-bin/user/create";

    private final MutableClock clock = new MutableClock();
    private final FakeWeCom wecom = FakeWeCom.builder().clock(clock).start();
    private final WeComClient noRetry =
            wecom.clientBuilder().retryPolicy(RetryPolicy.none()).build();
    private final WeComClient retrying = wecom.clientBuilder()
            .retryPolicy(
                    RetryPolicy.builder().maxAttempts(3).sleeper(delay -> {}).build())
            .build();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private JsonNode getUser(WeComClient client) {
        return client.execute(ApiRequest.get(USER_GET)
                .query("userid", "zhangsan")
                .repeatable()
                .build());
    }

    private void createUser(WeComClient client, String userid) {
        client.post(USER_CREATE, Map.of("userid", userid, "name", userid, "email", userid + "@example.com"));
    }

    @Test
    void failNextFailsExactlyTheNextCallsThenRecovers() {
        wecom.addUser("zhangsan", "张三");
        wecom.faults().failNext(USER_GET, 2, 60011);

        assertEquals(
                60011,
                assertThrows(WeComApiException.class, () -> getUser(noRetry)).errcode());
        assertEquals(
                60011,
                assertThrows(WeComApiException.class, () -> getUser(noRetry)).errcode());
        assertEquals("张三", getUser(noRetry).path("name").asText());
        assertEquals(3, wecom.callCount(USER_GET));
    }

    @Test
    void failNthLeavesTheCallsBeforeItAlone() {
        wecom.addUser("zhangsan", "张三");
        wecom.faults().failNth(USER_GET, 3, -1);

        getUser(noRetry);
        getUser(noRetry);
        assertEquals(
                -1,
                assertThrows(WeComApiException.class, () -> getUser(noRetry)).errcode());
        getUser(noRetry);
    }

    @Test
    void aRepeatableReadRetriesThroughQueuedSystemBusy() {
        wecom.addUser("zhangsan", "张三");
        wecom.faults().failNext(USER_GET, 2, -1);

        assertEquals("张三", getUser(retrying).path("name").asText());
        assertEquals(3, wecom.callCount(USER_GET));
        assertEquals(0, wecom.faults().pending());
    }

    @Test
    void aWriteIsNeverRetriedThroughSystemBusy() {
        wecom.faults().failNext(USER_CREATE, 1, -1);

        assertEquals(
                -1,
                assertThrows(WeComApiException.class, () -> createUser(retrying, "lisi"))
                        .errcode());
        assertEquals(1, wecom.callCount(USER_CREATE));
        assertTrue(wecom.user("lisi").isEmpty());
    }

    @Test
    void httpStatusFaultsAnswerTheStatusAndChangeNothing() {
        wecom.faults().httpStatusNext(USER_CREATE, 1, 502);

        WeComHttpException failure = assertThrows(WeComHttpException.class, () -> createUser(noRetry, "lisi"));

        assertEquals(502, failure.statusCode());
        assertTrue(wecom.user("lisi").isEmpty());
    }

    @Test
    void droppingBeforeTheRequestChangesNothing() {
        wecom.faults().dropNext(USER_CREATE, 1, Faults.Drop.BEFORE_REQUEST);

        assertThrows(WeComNetworkException.class, () -> createUser(noRetry, "lisi"));

        assertTrue(wecom.user("lisi").isEmpty());
    }

    @Test
    void droppingAfterTheAnswerLosesTheAnswerButNotTheWork() {
        wecom.faults().dropNext(USER_CREATE, 1, Faults.Drop.AFTER_ANSWER);

        assertThrows(WeComNetworkException.class, () -> createUser(retrying, "lisi"));

        assertTrue(wecom.user("lisi").isPresent());
        assertEquals(1, wecom.callCount(USER_CREATE));
    }

    @Test
    void aWriteWronglyMarkedRepeatableIsAppliedTwiceWhenTheAnswerIsLost() {
        wecom.faults().dropNext(USER_CREATE, 1, Faults.Drop.AFTER_ANSWER);

        WeComApiException failure = assertThrows(
                WeComApiException.class,
                () -> retrying.execute(ApiRequest.post(USER_CREATE)
                        .body(Map.of("userid", "lisi", "name", "lisi", "email", "lisi@example.com"))
                        .repeatable()
                        .build()));

        assertEquals(60102, failure.errcode(), "the retry met the member the lost first attempt created");
        assertEquals(2, wecom.callCount(USER_CREATE));
        assertTrue(wecom.user("lisi").isPresent());
    }

    @Test
    void anAnswerLostBeforeTheRequestIsReadLetsARepeatableCallRetryOnce() {
        wecom.addUser("zhangsan", "张三");
        wecom.faults().dropNext(USER_GET, 1, Faults.Drop.BEFORE_REQUEST);

        assertEquals("张三", getUser(retrying).path("name").asText());
        assertEquals(1, wecom.callCount(USER_GET));
        assertEquals(0, wecom.faults().pending());
    }

    @Test
    void anExpiredTokenFaultIsRepairedByOneGettokenEvenOnAPlainWrite() {
        wecom.faults().failNext(USER_CREATE, 1, 42001);

        createUser(retrying, "lisi");

        assertEquals(2, wecom.callCount(USER_CREATE));
        assertEquals(2, wecom.gettokenCalls());
        assertTrue(wecom.user("lisi").isPresent());
    }

    @Test
    void holdingTheAnswerPastTheReadTimeoutTimesTheClientOutAfterTheWorkIsDone() {
        WeComClient impatient = wecom.clientBuilder()
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofMillis(200))
                .build();
        wecom.faults().holdNext(USER_CREATE, 1, Duration.ofSeconds(3));

        WeComException failure = assertThrows(WeComException.class, () -> createUser(impatient, "lisi"));

        assertTrue(failure instanceof WeComNetworkException, failure.toString());
        assertTrue(wecom.user("lisi").isPresent());
    }

    @Test
    void rateLimitAnswers45009BeyondTheAllowanceUntilTheNextMinute() {
        wecom.addUser("zhangsan", "张三");
        wecom.faults().rateLimit(USER_GET, 2);

        getUser(noRetry);
        getUser(noRetry);
        assertEquals(
                45009,
                assertThrows(WeComApiException.class, () -> getUser(noRetry)).errcode());
        clock.advance(Duration.ofMinutes(1));
        getUser(noRetry);
    }

    @Test
    void clearFaultsRemovesQueuedAndStandingFaults() {
        wecom.addUser("zhangsan", "张三");
        wecom.faults()
                .failNext(Faults.ANY_PATH, 5, 60011)
                .rateLimit(USER_GET, 0)
                .latency(USER_GET, Duration.ofMillis(1));
        wecom.failNext(USER_GET, 40014);

        wecom.clearFaults();

        assertEquals("张三", getUser(noRetry).path("name").asText());
        assertEquals(0, wecom.faults().pending());
    }

    @Test
    void refusesNonsenseFaults() {
        assertThrows(IllegalArgumentException.class, () -> wecom.faults().failNext("user/get", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> wecom.faults().failNext(USER_GET, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> wecom.faults().failNext(USER_GET, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> wecom.faults().httpStatusNext(USER_GET, 1, 200));
        assertThrows(IllegalArgumentException.class, () -> wecom.faults().holdNext(USER_GET, 1, Duration.ZERO));
    }
}
