package io.github.wecomsdk.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After errcode 0 the message went out: decoding WeCom's details never throws. */
class SendResultDecodingTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private Messaging messaging;

    @BeforeEach
    void start() {
        messaging = Messaging.of(wecom.client());
    }

    @Test
    void keepsWeComsOwnSampleWithNonNumericPartyAndTagIdsAsStrings() {
        wecom.enqueueFixture("fixtures/messaging/send-doc-sample.json");

        SendResult result = messaging.send(Audience.users("zhangsan"), TextMessage.of("hi"));

        assertEquals(List.of("partyid1", "partyid2"), result.invalidParties());
        assertEquals(List.of("tagid1", "tagid2"), result.invalidTags());
        assertEquals(List.of(), result.invalidPartyIds());
        assertEquals(List.of(), result.invalidTagIds());
        assertEquals(List.of("userid1", "userid2"), result.invalidUsers());
        assertEquals("xxxx", result.msgId());
        assertEquals("xyzxyz", result.responseCode());
    }

    @Test
    void typesTheNumericEntriesAndKeepsTheOthersRaw() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invalidparty\":\"7|x|8\",\"invalidtag\":[11,\"t\"],"
                + "\"msgid\":\"m\"}");

        SendResult result = messaging.send(Audience.departments(7, 8), TextMessage.of("hi"));

        assertEquals(List.of("7", "x", "8"), result.invalidParties());
        assertEquals(List.of(7L, 8L), result.invalidPartyIds());
        assertEquals(List.of("11", "t"), result.invalidTags());
        assertEquals(List.of(11L), result.invalidTagIds());
    }

    @Test
    void keepsAnUnexpectedShapeInOtherFieldsInsteadOfThrowing() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":{\"odd\":1},\"msgid\":[\"m\"],"
                + "\"later\":null,\"response_code\":\"rc\"}");

        SendResult result = messaging.send(Audience.users("a"), TextMessage.of("hi"));

        assertEquals(List.of(), result.invalidUsers());
        assertEquals(Map.of("odd", 1), result.otherFields().get("invaliduser"));
        assertEquals(List.of("m"), result.otherFields().get("msgid"));
        assertTrue(result.otherFields().containsKey("later"));
        assertEquals("rc", result.responseCode());
        assertEquals(List.of(), result.msgIds());
    }
}
