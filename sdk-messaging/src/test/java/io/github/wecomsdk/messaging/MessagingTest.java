package io.github.wecomsdk.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.MiniProgramNoticeMessage;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TemplateCard.Button;
import io.github.wecomsdk.messaging.message.TemplateCard.CardAction;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recall, template-card updates, statistics, and what message/send refuses before any request. */
class MessagingTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private Messaging messages;

    @BeforeEach
    void start() {
        messages = Messaging.of(wecom.client());
    }

    private static TemplateCard buttonCard() {
        return TemplateCard.buttonInteraction()
                .mainTitle("审批", null)
                .taskId("t1")
                .button(Button.callback("同意", "yes", 1))
                .replaceText("已处理")
                .build();
    }

    @Test
    void recallsAMessage() {
        wecom.enqueueFixture("fixtures/messaging/recall.json");
        messages.recall("xxxx-msgid-1");
        wecom.takePost("/cgi-bin/message/recall", "{'msgid':'xxxx-msgid-1'}");
    }

    private static SentSlice slice(String msgId) {
        return new SentSlice(Audience.users("a"), null, msgId, null, null, null, null, null, null);
    }

    @Test
    void recallsEveryMessageOfASplitSend() {
        wecom.enqueueFixture("fixtures/messaging/recall.json");
        wecom.enqueueFixture("fixtures/messaging/recall.json");
        SendResult sent = new SendResult(List.of(slice("m1"), slice("m2")), List.of());
        messages.recall(sent);
        wecom.takePost("/cgi-bin/message/recall", "{'msgid':'m1'}");
        wecom.takePost("/cgi-bin/message/recall", "{'msgid':'m2'}");
    }

    @Test
    void surfacesRecallOfAnExpiredMessageAsApiException() {
        wecom.enqueueJson("{\"errcode\":42052,\"errmsg\":\"msgid expired\"}");
        WeComApiException failure = assertThrows(WeComApiException.class, () -> messages.recall("old"));
        assertEquals(42052, failure.errcode());
    }

    @Test
    void replacesTheButtonForAUserList() {
        wecom.enqueueFixture("fixtures/messaging/update_template_card.json");

        CardUpdateResult result = messages.templateCards()
                .replaceButtons(
                        Audience.users("userid1", "userid2")
                                .andDepartments(2, 3)
                                .andTags(44),
                        "RESPONSE_CODE",
                        "已处理");

        wecom.takePost(
                "/cgi-bin/message/update_template_card",
                "{'userids':['userid1','userid2'],'partyids':[2,3],'tagids':[44],'agentid':1000002,"
                        + "'response_code':'RESPONSE_CODE','button':{'replace_name':'已处理'}}");
        assertEquals(List.of("userid1", "userid2"), result.invalidUsers());
    }

    @Test
    void updatesTheWholeCardForEveryone() {
        wecom.enqueueFixture("fixtures/messaging/update_template_card.json");

        messages.templateCards().updateWithIdTranslation(Audience.all(), "RESPONSE_CODE", buttonCard());

        wecom.takePost(
                "/cgi-bin/message/update_template_card",
                "{'atall':1,'agentid':1000002,'response_code':'RESPONSE_CODE','enable_id_trans':1,"
                        + "'template_card':{'card_type':'button_interaction','task_id':'t1','main_title':{'title':'审批'},"
                        + "'button_list':[{'text':'同意','style':1,'key':'yes'}],'replace_text':'已处理'}}");
    }

    @Test
    void refusesACardUpdateBeyondOneThousandUsers() {
        Audience tooMany =
                Audience.users(IntStream.range(0, 1001).mapToObj(i -> "u" + i).toList());
        WeComValidationException failure = assertThrows(
                WeComValidationException.class, () -> messages.templateCards().replaceButtons(tooMany, "CODE", "done"));
        assertTrue(failure.getMessage().contains("userids takes at most 1000"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void readsTodaysStatistics() {
        wecom.enqueueFixture("fixtures/messaging/get_statistics.json");

        List<AppMessageCount> counts = messages.statistics(StatisticsPeriod.TODAY);

        wecom.takePost("/cgi-bin/message/get_statistics", "{'time_type':0}");
        assertEquals(
                List.of(
                        new AppMessageCount(1000002, "应用1", 101, null),
                        new AppMessageCount(1013699173317L, "应用2", 0, null)),
                counts);
    }

    @Test
    void refusesTextMentionsOnAppMessages() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> messages.send(Audience.users("a"), TextMessage.of("hi").mentioning("a")));
        assertTrue(failure.getMessage().contains("text.mentioned_list"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesMarkdownOverTwoThousandFortyEightBytes() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> messages.send(Audience.users("a"), MarkdownMessage.of("汉".repeat(683))));
        assertTrue(failure.getMessage().contains("markdown.content may be at most 2048 bytes"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesMiniProgramNoticeToEveryone() {
        MiniProgramNoticeMessage notice =
                MiniProgramNoticeMessage.builder("wx1", "会议预订成功").build();
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> messages.send(Audience.all(), notice));
        assertTrue(failure.getMessage().contains("@all"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesAnInteractiveCardWithoutTaskId() {
        TemplateCard card = TemplateCard.buttonInteraction()
                .mainTitle("t", null)
                .button(Button.callback("a", "k", 1))
                .build();
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> messages.send(Audience.users("a"), card));
        assertTrue(failure.getMessage().contains("task_id is required for button_interaction"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesSafeTwoOnAnythingButMpNews() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> messages.send(
                        Audience.users("a"),
                        TextMessage.of("x"),
                        SendOptions.defaults().insideCorpOnly()));
        assertTrue(failure.getMessage().contains("safe 2"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesAUseridHoldingTheSeparator() {
        WeComValidationException failure = assertThrows(WeComValidationException.class, () -> Audience.users("a|b"));
        assertTrue(failure.getMessage().contains("touser"), failure.getMessage());
    }

    @Test
    void refusesADuplicateCheckIntervalOverFourHours() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> SendOptions.defaults().withDuplicateCheck(java.time.Duration.ofHours(5)));
        assertTrue(
                failure.getMessage().contains("duplicate_check_interval must be between 1 s and 4 h"),
                failure.getMessage());
    }

    @Test
    void needsTheClientAgentId() {
        Messaging noAgent = Messaging.of(io.github.wecomsdk.core.WeComClient.builder()
                .corpId("ww1")
                .secret("s")
                .baseUrl(wecom.baseUrl())
                .build());
        WeComValidationException failure = assertThrows(
                WeComValidationException.class, () -> noAgent.send(Audience.users("a"), TextMessage.of("x")));
        assertTrue(failure.getMessage().contains("agentid"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void sendsATextNoticeWithActionMenuOnlyWithTaskId() {
        TemplateCard card = TemplateCard.textNotice()
                .mainTitle("t", null)
                .cardAction(CardAction.url("https://a.b"))
                .actionMenu(TemplateCard.ActionMenu.of(null, new TemplateCard.Action("x", "k")))
                .build();
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> messages.send(Audience.users("a"), card));
        assertTrue(
                failure.getMessage().contains("task_id is required for text_notice with an action_menu"),
                failure.getMessage());
    }

    @Test
    void refusesReplaceTextOnANoticeCardBuiltWithoutItsBuilder() {
        TemplateCard built = TemplateCard.textNotice()
                .mainTitle("t", null)
                .cardAction(CardAction.url("https://a.b"))
                .build();
        TemplateCard card = new TemplateCard(
                built.cardType(),
                null,
                null,
                null,
                built.mainTitle(),
                null,
                null,
                null,
                null,
                null,
                built.cardAction(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "done");
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> messages.templateCards().update(Audience.users("a"), "CODE", card));
        assertTrue(
                failure.getMessage().contains("replace_text is taken by button_interaction, vote_interaction and"),
                failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void reachesARobotThroughTheEntryClass() {
        wecom.enqueueFixture("fixtures/webhook/send.json");
        Messaging.of(wecom.client()).robots().webhook("KEY1").send(TextMessage.of("hi"));
        RecordedRequest request = wecom.takeRequest();
        assertEquals("/cgi-bin/webhook/send", request.getUrl().encodedPath());
        assertEquals("KEY1", request.getUrl().queryParameter("key"));
    }
}
