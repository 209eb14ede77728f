package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.PartialFailureException;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.JsonAssert;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WorkbenchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final Workbench workbench = Apps.of(wecom.client()).workbench();

    private static KeyData sampleKeyData() {
        return KeyData.of(
                KeyDataItem.builder("2").key("待审批").jumpUrl("http://www.qq.com").build(),
                KeyDataItem.builder("4")
                        .key("带批阅作业")
                        .jumpUrl("http://www.qq.com")
                        .build(),
                KeyDataItem.builder("45")
                        .key("成绩录入")
                        .jumpUrl("http://www.qq.com")
                        .build(),
                KeyDataItem.builder("98")
                        .key("综合评价")
                        .jumpUrl("http://www.qq.com")
                        .build());
    }

    @Test
    void setTemplateSendsWeComsSample() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        workbench.setTemplate(
                1000005,
                WorkbenchTemplateRequest.withDefault(
                        ImageData.builder("xxxx").jumpUrl("http://www.qq.com").build(), true));

        wecom.takePost(
                "/cgi-bin/agent/set_workbench_template",
                "{'agentid':1000005,'type':'image',"
                        + "'image':{'url':'xxxx','jump_url':'http://www.qq.com'},'replace_user_data':true}");
    }

    @Test
    void setTemplateWithATypeOnlySendsNoDataAndNoReplaceFlag() {
        wecom.enqueueFixture("fixtures/apps/ok.json");
        wecom.enqueueFixture("fixtures/apps/ok.json");

        workbench.setTemplate(WorkbenchTemplateRequest.of(WorkbenchType.KEYDATA));
        workbench.setTemplate(WorkbenchTemplateRequest.of(WorkbenchType.NORMAL));

        wecom.takePost("/cgi-bin/agent/set_workbench_template", "{'agentid':1000002,'type':'keydata'}");
        wecom.takePost("/cgi-bin/agent/set_workbench_template", "{'agentid':1000002,'type':'normal'}");
    }

    @Test
    void templateRequestRefusesMismatchedOrUnknownTypes() {
        assertThrows(
                WeComValidationException.class,
                () -> new WorkbenchTemplateRequest(
                        WorkbenchType.LIST, ImageData.builder("u").build(), false));
        assertThrows(WeComValidationException.class, () -> WorkbenchTemplateRequest.of(WorkbenchType.UNKNOWN));
        assertThrows(
                WeComValidationException.class, () -> new WorkbenchTemplateRequest(WorkbenchType.IMAGE, null, true));
    }

    @Test
    void templateCallsThrowWeComsErrcodes() {
        wecom.enqueueJson("{\"errcode\":301002,\"errmsg\":\"not allow operate another agent with this accesstoken\"}");
        wecom.enqueueJson("{\"errcode\":48002,\"errmsg\":\"api forbidden\"}");

        WeComApiException set = assertThrows(
                WeComApiException.class,
                () -> workbench.setTemplate(1000005, WorkbenchTemplateRequest.of(WorkbenchType.LIST)));
        WeComApiException get = assertThrows(WeComApiException.class, () -> workbench.getTemplate(1000005));

        assertEquals(301002, set.errcode());
        assertTrue(set.getMessage().contains("use this app's secret"), set.getMessage());
        assertEquals(48002, get.errcode());
        assertEquals("/cgi-bin/agent/get_workbench_template", get.path());
    }

    @Test
    void setDataThrowsWeComsErrcode() {
        wecom.enqueueJson("{\"errcode\":60021,\"errmsg\":\"userid not in app's visible range\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> workbench.setData("outsider", ImageData.builder("u").build()));

        assertEquals(60021, e.errcode());
        wecom.takePost(
                "/cgi-bin/agent/set_workbench_data",
                "{'agentid':1000002,'userid':'outsider'," + "'type':'image','image':{'url':'u'}}");
    }

    @Test
    void getTemplateDecodesWeComsSample() {
        wecom.enqueueFixture("fixtures/apps/workbench-get-template.json");

        WorkbenchTemplate template = workbench.getTemplate(1000005);

        wecom.takePost("/cgi-bin/agent/get_workbench_template", "{'agentid':1000005}");
        assertEquals("image", template.type());
        assertEquals(WorkbenchType.IMAGE, template.workbenchType());
        assertEquals(ImageData.builder("xxxx").jumpUrl("http://www.qq.com").build(), template.defaultData());
        assertTrue(template.replaceUserData());
        assertEquals(Map.of(), template.otherFields());
    }

    @Test
    void getTemplateKeepsAnUnknownTypesDataRaw() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"chart\",\"chart\":{\"points\":[1,2]}}");

        WorkbenchTemplate template = workbench.getTemplate(1000005);

        assertEquals(WorkbenchType.UNKNOWN, template.workbenchType());
        assertEquals("chart", template.type());
        assertNull(template.defaultData());
        assertFalse(template.replaceUserData());
        assertEquals(Map.of("chart", Map.of("points", List.of(1, 2))), template.otherFields());
    }

    @Test
    void setDataSendsWeComsSample() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        workbench.setData(1000005, "test", sampleKeyData());

        wecom.takePost(
                "/cgi-bin/agent/set_workbench_data",
                "{'agentid':1000005,'userid':'test','type':'keydata',"
                        + "'keydata':{'items':[{'key':'待审批','data':'2','jump_url':'http://www.qq.com'},"
                        + "{'key':'带批阅作业','data':'4','jump_url':'http://www.qq.com'},"
                        + "{'key':'成绩录入','data':'45','jump_url':'http://www.qq.com'},"
                        + "{'key':'综合评价','data':'98','jump_url':'http://www.qq.com'}]}}");
    }

    @Test
    void setDataSendsEveryTemplateType() {
        for (int i = 0; i < 3; i++) {
            wecom.enqueueFixture("fixtures/apps/ok.json");
        }

        workbench.setData(
                "u1",
                ListData.of(ListItem.builder("周一升旗通知").pagePath("pages/index").build()));
        workbench.setData(
                "u1",
                WebviewData.builder("http://www.qq.com")
                        .jumpUrl("http://www.qq.com")
                        .height(WebviewHeight.SINGLE_ROW)
                        .hideTitle(true)
                        .enableWebviewClick(true)
                        .build());
        workbench.setData(
                "u1", ImageData.builder("https://img.example.com/a.png").build());

        wecom.takePost(
                "/cgi-bin/agent/set_workbench_data",
                "{'agentid':1000002,'userid':'u1','type':'list',"
                        + "'list':{'items':[{'title':'周一升旗通知','pagepath':'pages/index'}]}}");
        wecom.takePost(
                "/cgi-bin/agent/set_workbench_data",
                "{'agentid':1000002,'userid':'u1','type':'webview',"
                        + "'webview':{'url':'http://www.qq.com','jump_url':'http://www.qq.com','height':'single_row',"
                        + "'hide_title':true,'enable_webview_click':true}}");
        wecom.takePost(
                "/cgi-bin/agent/set_workbench_data",
                "{'agentid':1000002,'userid':'u1','type':'image',"
                        + "'image':{'url':'https://img.example.com/a.png'}}");
    }

    @Test
    void switchingAnItemFromPagePathToJumpUrlDropsThePagePath() throws Exception {
        KeyDataItem miniProgram =
                KeyDataItem.builder("2").key("待审批").pagePath("pages/index").build();
        KeyDataItem web =
                miniProgram.toBuilder().jumpUrl("https://oa.example.com").build();
        ListItem line = ListItem.builder("t").jumpUrl("https://a.example.com").build().toBuilder()
                .pagePath("pages/a")
                .build();

        JsonAssert.assertJsonEquals(
                "{'key':'待审批','data':'2','jump_url':'https://oa.example.com'}", JSON.writeValueAsString(web));
        JsonAssert.assertJsonEquals("{'title':'t','pagepath':'pages/a'}", JSON.writeValueAsString(line));
        JsonAssert.assertJsonEquals(
                "{'url':'u','jump_url':'https://j'}",
                JSON.writeValueAsString(ImageData.builder("u").pagePath("p").build().toBuilder()
                        .jumpUrl("https://j")
                        .build()));
        JsonAssert.assertJsonEquals(
                "{'url':'u','pagepath':'p'}",
                JSON.writeValueAsString(WebviewData.builder("u").jumpUrl("https://j").build().toBuilder()
                        .pagePath("p")
                        .build()));
    }

    @Test
    void limitsAreCheckedBeforeSending() {
        KeyDataItem item = KeyDataItem.builder("1").build();
        assertTrue(assertThrows(WeComValidationException.class, () -> KeyData.of(item, item, item, item, item))
                .getMessage()
                .contains("keydata.items takes 1 to 4 items; got 5"));
        assertThrows(WeComValidationException.class, () -> KeyData.of());
        ListItem line = ListItem.builder("t").build();
        assertTrue(assertThrows(WeComValidationException.class, () -> ListData.of(line, line, line, line))
                .getMessage()
                .contains("list.items takes 1 to 3 items; got 4"));
        assertTrue(assertThrows(
                        WeComValidationException.class,
                        () -> ListItem.builder("字".repeat(43)).build())
                .getMessage()
                .contains("title may be at most 128 bytes in UTF-8; got 129"));
        assertTrue(assertThrows(
                        WeComValidationException.class,
                        () -> KeyDataItem.builder("x".repeat(65)).build())
                .getMessage()
                .contains("data may be at most 64 characters"));
        assertThrows(
                WeComValidationException.class,
                () -> KeyDataItem.builder("1").key("k".repeat(65)).build());
        assertThrows(
                WeComValidationException.class,
                () -> KeyDataItem.builder("1")
                        .jumpUrl("https://" + "x".repeat(1017))
                        .build());
        assertThrows(
                WeComValidationException.class, () -> KeyDataItem.builder(" ").build());
        assertThrows(
                WeComValidationException.class, () -> ImageData.builder(null).build());
        assertThrows(
                WeComValidationException.class, () -> WebviewData.builder("").build());
        assertThrows(
                WeComValidationException.class, () -> WebviewData.builder("u").height(WebviewHeight.UNKNOWN));
        KeyData tooMany = new KeyData(List.of(item, item, item, item, item), null);
        assertThrows(WeComValidationException.class, () -> workbench.setData("u1", tooMany));
        assertThrows(WeComValidationException.class, () -> workbench.batchSetData(List.of("u1"), tooMany));
        assertThrows(WeComValidationException.class, () -> workbench.setData(" ", KeyData.of(item)));
        assertThrows(WeComValidationException.class, () -> workbench.batchSetData(List.of(), KeyData.of(item)));
        assertThrows(WeComValidationException.class, () -> workbench.batchSetData(List.of("a", " "), KeyData.of(item)));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void batchSetsDataFor2500MembersInThreeRequestsMerged() throws Exception {
        List<String> userIds =
                IntStream.range(0, 2500).mapToObj(i -> "user" + i).toList();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":[\"user3\"]}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":[\"user2400\"]}");
        KeyData data = KeyData.of(
                KeyDataItem.builder("0").key("待审批").jumpUrl("http://www.qq.com").build());

        WorkbenchBatchResult result = workbench.batchSetData(1000005, userIds, data);

        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = wecom.takeRequest("POST", "/cgi-bin/agent/batch_set_workbench_data");
            JsonNode body = JSON.readTree(MockWeCom.bodyOf(request));
            assertEquals(1000005L, body.get("agentid").asLong());
            JsonAssert.assertJsonEquals(
                    "{'type':'keydata','keydata':{'items':[{'key':'待审批','data':'0',"
                            + "'jump_url':'http://www.qq.com'}]}}",
                    body.get("data").toString());
            body.get("userid_list").forEach(id -> sent.add(id.asText()));
            assertEquals(i < 2 ? 1000 : 500, body.get("userid_list").size());
        }
        assertEquals(userIds, sent);
        assertEquals(0, wecom.pendingRequests());
        assertEquals(new WorkbenchBatchResult(2500, 3, Map.of("invaliduser", List.of("user3", "user2400"))), result);
    }

    @Test
    void batchSendsEachMemberOnceWhateverTheSpelling() throws Exception {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        WorkbenchBatchResult result = workbench.batchSetData(
                List.of("ZhangSan", "zhangsan", "lisi", "lisi"),
                ImageData.builder("u").build());

        wecom.takePost(
                "/cgi-bin/agent/batch_set_workbench_data",
                "{'agentid':1000002,"
                        + "'userid_list':['ZhangSan','lisi'],'data':{'type':'image','image':{'url':'u'}}}");
        assertEquals(2, result.members());
        assertEquals(1, result.requests());
    }

    @Test
    void aFailureAfterEarlierChunksSaysWhichMembersAreDoneAndWhichRemain() {
        List<String> userIds =
                IntStream.range(0, 2500).mapToObj(i -> "user" + i).toList();
        wecom.enqueueFixture("fixtures/apps/ok.json");
        wecom.enqueueJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        for (int i = 0; i < 3; i++) {
            wecom.enqueueJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        }

        WorkbenchBatchException e = assertThrows(
                WorkbenchBatchException.class,
                () -> workbench.batchSetData(userIds, ImageData.builder("u").build()));

        assertInstanceOf(PartialFailureException.class, e);
        assertEquals(userIds.subList(0, 1000), e.doneUserIds());
        assertEquals(userIds.subList(1000, 2500), e.remainingUserIds());
        assertEquals(1000, e.succeeded().size());
        assertEquals(1500, e.remaining().size());
        assertEquals(45009, ((WeComApiException) e.getCause()).errcode());
        RecordedRequest first = wecom.takeRequest("POST", "/cgi-bin/agent/batch_set_workbench_data");
        assertTrue(MockWeCom.bodyOf(first).contains("\"user999\""));
        int laterRequests = wecom.pendingRequests();
        assertTrue(laterRequests >= 1, "the second chunk was sent");
        for (int i = 0; i < laterRequests; i++) {
            String retry = MockWeCom.bodyOf(wecom.takeRequest("POST", "/cgi-bin/agent/batch_set_workbench_data"));
            assertTrue(retry.contains("\"user1000\""), "only the failed chunk is repeated");
            assertFalse(retry.contains("\"user999\""), "a chunk that succeeded is never sent again");
            assertFalse(retry.contains("\"user2000\""), "no later chunk is sent after the failure");
        }
    }

    @Test
    void aFailureOfTheFirstChunkIsThrownAsIs() {
        wecom.enqueueJson("{\"errcode\":301002,\"errmsg\":\"not allow operate another agent\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> workbench.batchSetData(
                        1000005, List.of("a"), ImageData.builder("u").build()));

        assertFalse(((Object) e) instanceof PartialFailureException);
        assertTrue(e.getMessage().contains("use this app's secret"));
    }

    @Test
    void getDataDecodesWeComsSample() {
        wecom.enqueueFixture("fixtures/apps/workbench-get-data.json");

        WorkbenchUserData data = workbench.getData(1000005, "userid1");

        wecom.takePost("/cgi-bin/agent/get_workbench_data", "{'agentid':1000005,'userid':'userid1'}");
        assertEquals(WorkbenchType.KEYDATA, data.workbenchType());
        KeyData keyData = (KeyData) data.data();
        assertEquals(4, keyData.items().size());
        assertEquals(
                new KeyDataItem("待审批", "2", "http://www.qq.com/", null, null),
                keyData.items().get(0));
        assertEquals("98", keyData.items().get(3).data());
    }

    @Test
    void getDataWithoutDataIsEmpty() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        WorkbenchUserData data = workbench.getData("u1");

        assertTrue(data.dataIfSet().isEmpty());
        assertEquals(WorkbenchType.UNKNOWN, data.workbenchType());
    }

    @Test
    void getDataThrowsErrcodes() {
        wecom.enqueueJson("{\"errcode\":60020,\"errmsg\":\"not allow to access from your ip\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> workbench.getData("u1"));

        assertTrue(e.getMessage().contains("trusted IPs"));
    }

    @Test
    void unknownFieldsInsideDataRoundTrip() throws Exception {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"data\":{\"type\":\"list\",\"list\":{\"items\":"
                + "[{\"title\":\"t\",\"badge\":3}],\"style\":\"dark\"}}}");
        wecom.enqueueFixture("fixtures/apps/ok.json");

        ListData list = (ListData) workbench.getData("u1").data();
        workbench.setData("u2", list);

        assertEquals(Map.of("badge", 3), list.items().get(0).otherFields());
        wecom.takeRequest("POST", "/cgi-bin/agent/get_workbench_data");
        wecom.takePost(
                "/cgi-bin/agent/set_workbench_data",
                "{'agentid':1000002,'userid':'u2','type':'list',"
                        + "'list':{'items':[{'title':'t','badge':3}],'style':'dark'}}");
    }
}
