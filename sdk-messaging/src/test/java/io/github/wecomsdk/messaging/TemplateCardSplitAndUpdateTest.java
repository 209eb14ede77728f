package io.github.wecomsdk.messaging;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Json;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TemplateCard.Button;
import io.github.wecomsdk.messaging.message.TemplateCard.Checkbox;
import io.github.wecomsdk.messaging.message.TemplateCard.CheckboxOption;
import io.github.wecomsdk.messaging.message.TemplateCard.Option;
import io.github.wecomsdk.messaging.message.TemplateCard.Selection;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Interactive cards split over several calls, and card updates per slice (docs 90236 and 94888). */
class TemplateCardSplitAndUpdateTest {

    private static final ObjectMapper JSON = Json.newMapper();

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private Messaging messaging;

    @BeforeEach
    void start() {
        messaging = Messaging.of(wecom.client());
    }

    private static List<String> users(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "u" + i).toList();
    }

    private static TemplateCard buttons(String taskId) {
        return TemplateCard.buttonInteraction()
                .mainTitle("Approve?", null)
                .button(Button.callback("Yes", "yes", 1))
                .taskId(taskId)
                .build();
    }

    private JsonNode sentBody() throws Exception {
        RecordedRequest request = wecom.takeRequest();
        assertEquals("/cgi-bin/message/send", request.getUrl().encodedPath());
        return JSON.readTree(MockWeCom.bodyOf(request));
    }

    @Test
    void givesEachSliceOfASplitCardItsOwnTaskIdAndMapsEachResponseCodeToItsUsers() throws Exception {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\",\"response_code\":\"rc1\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m2\",\"response_code\":\"rc2\"}");

        SendResult result = messaging.send(Audience.users(users(0, 1500)), buttons("approve42"));

        JsonNode first = sentBody();
        JsonNode second = sentBody();
        assertEquals("approve42@1", first.get("template_card").get("task_id").asText());
        assertEquals("approve42@2", second.get("template_card").get("task_id").asText());
        assertEquals(String.join("|", users(0, 1000)), first.get("touser").asText());
        assertEquals(String.join("|", users(1000, 1500)), second.get("touser").asText());
        assertEquals(List.of("approve42@1", "approve42@2"), result.taskIds());
        assertEquals(List.of("rc1", "rc2"), result.responseCodes());
        SentSlice slice2 = result.slices().get(1);
        assertEquals("rc2", slice2.responseCode());
        assertEquals(users(1000, 1500), slice2.audience().users());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void updatesExactlyTheUsersOfOneSliceWithItsResponseCode() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\",\"response_code\":\"rc1\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m2\",\"response_code\":\"rc2\"}");
        SendResult result = messaging.send(Audience.users(users(0, 1001)), buttons("t"));
        wecom.takeRequest();
        wecom.takeRequest();
        wecom.enqueueFixture("fixtures/messaging/update_template_card.json");

        messaging.templateCards().replaceButtons(result.slices().get(1), "Closed");

        RecordedRequest request = wecom.takeRequest();
        assertEquals("/cgi-bin/message/update_template_card", request.getUrl().encodedPath());
        assertJsonEquals(
                "{'userids':['u1000'],'agentid':1000002,'response_code':'rc2'," + "'button':{'replace_name':'Closed'}}",
                MockWeCom.bodyOf(request));
    }

    @Test
    void keepsTheTaskIdOfACardSentInOneCall() throws Exception {
        wecom.enqueueFixture("fixtures/messaging/send.json");
        SendResult result = messaging.send(Audience.users("a"), buttons("approve42"));
        assertEquals("approve42", sentBody().get("template_card").get("task_id").asText());
        assertEquals(List.of("approve42"), result.taskIds());
    }

    @Test
    void refusesASplitCardWhoseDerivedTaskIdWouldPassOneHundredTwentyEightBytes() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> messaging.send(Audience.users(users(0, 1500)), buttons("t".repeat(127))));
        assertTrue(
                failure.getMessage()
                        .contains("task_id may be at most 126 bytes when the send is split into 2" + " calls"),
                failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void acceptsTheLongestTaskIdThatStillFitsWhenSplit() throws Exception {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        messaging.send(Audience.users(users(0, 1500)), buttons("t".repeat(126)));
        assertEquals(
                "t".repeat(126) + "@1",
                sentBody().get("template_card").get("task_id").asText());
        assertEquals(
                128, sentBody().get("template_card").get("task_id").asText().length());
    }

    @Test
    void updatesAVoteCardWithReplaceTextDisabledOptionsAndNoSubmitButton() {
        wecom.enqueueFixture("fixtures/messaging/update_template_card.json");
        TemplateCard vote = TemplateCard.voteInteraction()
                .mainTitle("Lunch?", null)
                .checkbox(Checkbox.of("q", true, new CheckboxOption("o1", "Noodles", true))
                        .disabled())
                .replaceText("已提交")
                .build();

        CardUpdateResult result = messaging.templateCards().update(Audience.users("userid1"), "CODE", vote);

        assertJsonEquals(
                "{'userids':['userid1'],'agentid':1000002,'response_code':'CODE','template_card':{"
                        + "'card_type':'vote_interaction','main_title':{'title':'Lunch?'},'checkbox':{'question_key':'q',"
                        + "'mode':1,'option_list':[{'id':'o1','text':'Noodles','is_checked':true}],'disable':true},"
                        + "'replace_text':'已提交'}}",
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(List.of("userid1", "userid2"), result.invalidUsers());
    }

    @Test
    void updatesAMultipleCardWithReplaceTextAndADisabledSelector() {
        wecom.enqueueFixture("fixtures/messaging/update_template_card.json");
        TemplateCard multiple = TemplateCard.multipleInteraction()
                .mainTitle("Pick", null)
                .select(Selection.of("q1", "Size", new Option("s", "S"), new Option("l", "L"))
                        .disabled())
                .replaceText("已提交")
                .build();

        messaging.templateCards().update(Audience.all(), "CODE", multiple);

        assertJsonEquals(
                "{'atall':1,'agentid':1000002,'response_code':'CODE','template_card':{"
                        + "'card_type':'multiple_interaction','main_title':{'title':'Pick'},'select_list':[{'question_key':'q1',"
                        + "'title':'Size','option_list':[{'id':'s','text':'S'},{'id':'l','text':'L'}],'disable':true}],"
                        + "'replace_text':'已提交'}}",
                MockWeCom.bodyOf(wecom.takeRequest()));
    }

    @Test
    void replacesACardWithANewsNoticeWhosePictureKeepsWeComsDefaultRatio() {
        wecom.enqueueFixture("fixtures/messaging/update_template_card.json");
        TemplateCard news = TemplateCard.newsNotice()
                .mainTitle("Closed", "by the owner")
                .cardImage("https://img.example.com/closed.png")
                .cardAction(TemplateCard.CardAction.url("https://work.weixin.qq.com"))
                .build();

        messaging.templateCards().update(Audience.users("userid1").andDepartments(2), "CODE", news);

        RecordedRequest request = wecom.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/cgi-bin/message/update_template_card", request.getUrl().encodedPath());
        assertJsonEquals(
                "{'userids':['userid1'],'partyids':[2],'agentid':1000002,'response_code':'CODE',"
                        + "'template_card':{'card_type':'news_notice','main_title':{'title':'Closed','desc':'by the owner'},"
                        + "'card_action':{'type':1,'url':'https://work.weixin.qq.com'},"
                        + "'card_image':{'url':'https://img.example.com/closed.png'}}}",
                MockWeCom.bodyOf(request));
    }

    @Test
    void refusesToSendAVoteCardWithoutSubmitButton() {
        TemplateCard vote = TemplateCard.voteInteraction()
                .mainTitle("Lunch?", null)
                .taskId("t1")
                .checkbox(Checkbox.of("q", false, new CheckboxOption("o1", "Noodles", false)))
                .build();
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> messaging.send(Audience.users("a"), vote));
        assertTrue(
                failure.getMessage().contains("submit_button is required by message/send for vote_interaction"),
                failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }
}
