package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExternalContactsTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();
    private final FakeExternalContacts external = wecom.externalContacts();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private void seedTwoMembersWithCustomers(int customers) {
        wecom.addUser("zhangsan", "张三").addUser("lisi", "李四");
        for (int i = 0; i < customers; i++) {
            external.addCustomer("wm" + i, "Customer " + i).follow("zhangsan", "wm" + i);
        }
        external.follow("lisi", "wm0");
    }

    private int errcode(Runnable call) {
        return assertThrows(WeComApiException.class, call::run).errcode();
    }

    @Test
    void listsFollowUsersAndTheirCustomers() {
        seedTwoMembersWithCustomers(3);

        JsonNode follow = client.get("/cgi-bin/externalcontact/get_follow_user_list", Map.of());
        JsonNode list = client.get("/cgi-bin/externalcontact/list", Map.of("userid", "zhangsan"));

        assertEquals("[\"zhangsan\",\"lisi\"]", follow.path("follow_user").toString());
        assertEquals("[\"wm0\",\"wm1\",\"wm2\"]", list.path("external_userid").toString());
    }

    @Test
    void answersWeComsErrcodesForUnknownMembersAndStrangers() {
        seedTwoMembersWithCustomers(1);
        wecom.addUser("wangwu", "王五");

        assertEquals(60111, errcode(() -> client.get("/cgi-bin/externalcontact/list", Map.of("userid", "nobody"))));
        assertEquals(84061, errcode(() -> client.get("/cgi-bin/externalcontact/list", Map.of("userid", "wangwu"))));
        assertEquals(
                84061,
                errcode(() -> client.get("/cgi-bin/externalcontact/get", Map.of("external_userid", "wmUnknown"))));
        assertEquals(
                84061,
                errcode(() -> client.post(
                        "/cgi-bin/externalcontact/remark",
                        Map.of("userid", "wangwu", "external_userid", "wm0", "remark", "x"))));
    }

    @Test
    void getShowsFollowInfoWithTagsAndRemark() {
        seedTwoMembersWithCustomers(1);
        String group = external.addCorpTagGroup("Level", "VIP", "Normal");
        String vip = external.corpTagIds(group).get(0);

        client.post(
                "/cgi-bin/externalcontact/mark_tag",
                Map.of("userid", "zhangsan", "external_userid", "wm0", "add_tag", List.of(vip)));
        client.post(
                "/cgi-bin/externalcontact/remark",
                Map.of(
                        "userid",
                        "zhangsan",
                        "external_userid",
                        "wm0",
                        "remark",
                        "met at fair",
                        "remark_company",
                        "ACME",
                        "remark_mobiles",
                        List.of("13800000000")));
        JsonNode answer = client.get("/cgi-bin/externalcontact/get", Map.of("external_userid", "wm0"));

        assertEquals("Customer 0", answer.path("external_contact").path("name").asText());
        JsonNode zhang = answer.path("follow_user").get(0);
        assertEquals("zhangsan", zhang.path("userid").asText());
        assertEquals("met at fair", zhang.path("remark").asText());
        assertEquals("ACME", zhang.path("remark_corp_name").asText());
        assertEquals("[\"13800000000\"]", zhang.path("remark_mobiles").toString());
        assertEquals("Level", zhang.path("tags").get(0).path("group_name").asText());
        assertEquals("VIP", zhang.path("tags").get(0).path("tag_name").asText());
        assertEquals(vip, zhang.path("tags").get(0).path("tag_id").asText());
        assertEquals(1, zhang.path("tags").get(0).path("type").asInt());
        assertEquals(2, answer.path("follow_user").size());
        assertEquals("", answer.path("next_cursor").asText());
    }

    @Test
    void batchGetByUserWalksEveryRelationWithCursors() {
        seedTwoMembersWithCustomers(7);
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            Map<String, Object> body = new HashMap<>(Map.of("userid_list", List.of("zhangsan", "lisi"), "limit", 3));
            if (!cursor.isEmpty()) {
                body.put("cursor", cursor);
            }
            JsonNode page = client.post("/cgi-bin/externalcontact/batch/get_by_user", body);
            for (JsonNode row : page.path("external_contact_list")) {
                seen.add(row.path("follow_info").path("userid").asText() + "/"
                        + row.path("external_contact").path("external_userid").asText());
                assertTrue(row.path("follow_info").path("tag_id").isArray());
            }
            cursor = page.path("next_cursor").asText();
            pages++;
        } while (!cursor.isEmpty());

        assertEquals(8, seen.size());
        assertEquals(3, pages);
        assertTrue(seen.contains("lisi/wm0"));
    }

    @Test
    void refusesOverLimitUseridListsAndLimits() {
        seedTwoMembersWithCustomers(1);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("u" + i);
        }

        assertEquals(
                40032,
                errcode(() -> client.post(
                        "/cgi-bin/externalcontact/batch/get_by_user", Map.of("userid_list", many, "limit", 10))));
        assertEquals(
                40058,
                errcode(() -> client.post(
                        "/cgi-bin/externalcontact/batch/get_by_user",
                        Map.of("userid_list", List.of("zhangsan"), "limit", 101))));
    }

    @Test
    void corpTagsAreAddedEditedListedAndDeleted() {
        JsonNode added = client.post(
                "/cgi-bin/externalcontact/add_corp_tag",
                Map.of("group_name", "Source", "tag", List.of(Map.of("name", "Fair"), Map.of("name", "Web"))));
        String groupId = added.path("tag_group").path("group_id").asText();
        String fair = added.path("tag_group").path("tag").get(0).path("id").asText();

        client.post("/cgi-bin/externalcontact/edit_corp_tag", Map.of("id", fair, "name", "Trade fair"));
        JsonNode listed = client.post("/cgi-bin/externalcontact/get_corp_tag_list", Map.of());
        assertEquals(
                "Trade fair",
                listed.path("tag_group").get(0).path("tag").get(0).path("name").asText());
        assertEquals(
                40071,
                errcode(() -> client.post(
                        "/cgi-bin/externalcontact/add_corp_tag",
                        Map.of("group_id", groupId, "tag", List.of(Map.of("name", "Web"))))));

        client.post("/cgi-bin/externalcontact/del_corp_tag", Map.of("group_id", List.of(groupId)));
        assertEquals(
                0,
                client.post("/cgi-bin/externalcontact/get_corp_tag_list", Map.of())
                        .path("tag_group")
                        .size());
        assertEquals(
                40068,
                errcode(() -> client.post("/cgi-bin/externalcontact/edit_corp_tag", Map.of("id", fair, "name", "x"))));
    }

    @Test
    void contactWaysLiveThroughAddGetListUpdateDelete() {
        wecom.addUser("zhangsan", "张三");
        JsonNode added = client.post(
                "/cgi-bin/externalcontact/add_contact_way",
                Map.of("type", 1, "scene", 2, "user", List.of("zhangsan"), "state", "poster"));
        String configId = added.path("config_id").asText();
        assertTrue(added.path("qr_code").asText().startsWith("https://"));

        client.post("/cgi-bin/externalcontact/update_contact_way", Map.of("config_id", configId, "remark", "spring"));
        JsonNode way = client.post("/cgi-bin/externalcontact/get_contact_way", Map.of("config_id", configId))
                .path("contact_way");
        JsonNode list = client.post("/cgi-bin/externalcontact/list_contact_way", Map.of("limit", 10));
        client.post("/cgi-bin/externalcontact/del_contact_way", Map.of("config_id", configId));

        assertEquals("spring", way.path("remark").asText());
        assertEquals("poster", way.path("state").asText());
        assertEquals(configId, list.path("contact_way").get(0).path("config_id").asText());
        assertEquals(
                41044,
                errcode(() -> client.post("/cgi-bin/externalcontact/get_contact_way", Map.of("config_id", configId))));
        assertEquals(
                41041,
                errcode(() -> client.post("/cgi-bin/externalcontact/add_contact_way", Map.of("type", 1, "scene", 2))));
    }

    @Test
    void customerTransfersWaitUntilCompletedThenMoveTheFollow() {
        seedTwoMembersWithCustomers(2);

        JsonNode answer = client.post(
                "/cgi-bin/externalcontact/transfer_customer",
                Map.of(
                        "handover_userid",
                        "zhangsan",
                        "takeover_userid",
                        "lisi",
                        "external_userid",
                        List.of("wm1", "wmNope")));
        JsonNode waiting = client.post(
                "/cgi-bin/externalcontact/transfer_result",
                Map.of("handover_userid", "zhangsan", "takeover_userid", "lisi"));
        assertEquals(1, external.completeTransfers());
        JsonNode done = client.post(
                "/cgi-bin/externalcontact/transfer_result",
                Map.of("handover_userid", "zhangsan", "takeover_userid", "lisi"));

        assertEquals(0, answer.path("customer").get(0).path("errcode").asInt());
        assertEquals(40131, answer.path("customer").get(1).path("errcode").asInt());
        assertEquals(2, waiting.path("customer").get(0).path("status").asInt());
        assertEquals(1, done.path("customer").get(0).path("status").asInt());
        assertEquals(
                "[\"wm0\",\"wm1\"]",
                client.get("/cgi-bin/externalcontact/list", Map.of("userid", "lisi"))
                        .path("external_userid")
                        .toString());
        assertEquals(
                40130,
                errcode(() -> client.post(
                        "/cgi-bin/externalcontact/transfer_customer",
                        Map.of(
                                "handover_userid",
                                "lisi",
                                "takeover_userid",
                                "lisi",
                                "external_userid",
                                List.of("wm0")))));
    }

    @Test
    void resignedMembersCustomersAreUnassignedUntilTransferred() {
        seedTwoMembersWithCustomers(2);
        assertEquals(
                40097,
                errcode(() -> client.post(
                        "/cgi-bin/externalcontact/resigned/transfer_customer",
                        Map.of(
                                "handover_userid",
                                "zhangsan",
                                "takeover_userid",
                                "lisi",
                                "external_userid",
                                List.of("wm1")))));
        client.get("/cgi-bin/user/delete", Map.of("userid", "zhangsan"));

        JsonNode unassigned = client.post("/cgi-bin/externalcontact/get_unassigned_list", Map.of("page_size", 10));
        client.post(
                "/cgi-bin/externalcontact/resigned/transfer_customer",
                Map.of(
                        "handover_userid",
                        "zhangsan",
                        "takeover_userid",
                        "lisi",
                        "external_userid",
                        List.of("wm0", "wm1")));
        JsonNode after = client.post("/cgi-bin/externalcontact/get_unassigned_list", Map.of("page_size", 10));

        assertEquals(2, unassigned.path("info").size());
        assertTrue(unassigned.path("is_last").asBoolean());
        assertEquals(
                "zhangsan",
                unassigned.path("info").get(0).path("handover_userid").asText());
        assertEquals(0, after.path("info").size());
    }

    @Test
    void groupChatsAreListedReadAndTransferred() {
        seedTwoMembersWithCustomers(1);
        external.addGroupChat("wrChat1", "Buyers", "zhangsan", "opengid-1", "wm0", "lisi");

        JsonNode list = client.post("/cgi-bin/externalcontact/groupchat/list", Map.of("limit", 10));
        JsonNode chat = client.post(
                        "/cgi-bin/externalcontact/groupchat/get", Map.of("chat_id", "wrChat1", "need_name", 1))
                .path("group_chat");
        JsonNode byOpengid = client.post("/cgi-bin/externalcontact/opengid_to_chatid", Map.of("opengid", "opengid-1"));
        JsonNode resigned = client.post(
                "/cgi-bin/externalcontact/groupchat/transfer",
                Map.of("chat_id_list", List.of("wrChat1"), "new_owner", "lisi"));
        JsonNode onJob = client.post(
                "/cgi-bin/externalcontact/groupchat/onjob_transfer",
                Map.of("chat_id_list", List.of("wrChat1"), "new_owner", "lisi"));

        assertEquals(
                "wrChat1", list.path("group_chat_list").get(0).path("chat_id").asText());
        assertEquals(3, chat.path("member_list").size());
        assertEquals(2, chat.path("member_list").get(1).path("type").asInt());
        assertEquals("Customer 0", chat.path("member_list").get(1).path("name").asText());
        assertEquals("wrChat1", byOpengid.path("chat_id").asText());
        assertEquals(
                90500, resigned.path("failed_chat_list").get(0).path("errcode").asInt());
        assertEquals(0, onJob.path("failed_chat_list").size());
        assertEquals(
                "lisi",
                external.groupChat("wrChat1").orElseThrow().path("owner").asText());
    }

    @Test
    void welcomeCodesAreSingleUseAndMessagesRecorded() {
        seedTwoMembersWithCustomers(1);
        String code = external.welcomeCode("zhangsan", "wm0");
        Map<String, Object> body = Map.of("welcome_code", code, "text", Map.of("content", "Welcome!"));

        client.post("/cgi-bin/externalcontact/send_welcome_msg", body);

        assertEquals(41050, errcode(() -> client.post("/cgi-bin/externalcontact/send_welcome_msg", body)));
        assertEquals(1, external.welcomeMessages().size());
        assertEquals(
                "wm0", external.welcomeMessages().get(0).path("external_userid").asText());
        assertEquals(
                "Welcome!",
                external.welcomeMessages().get(0).path("text").path("content").asText());
    }

    @Test
    void groupMessagesReportFailuresTasksAndSendResults() {
        seedTwoMembersWithCustomers(2);

        JsonNode added = client.post(
                "/cgi-bin/externalcontact/add_msg_template",
                Map.of(
                        "sender",
                        "zhangsan",
                        "external_userid",
                        List.of("wm0", "wm1", "wmStranger"),
                        "text",
                        Map.of("content", "Sale!")));
        String msgid = added.path("msgid").asText();
        JsonNode tasks = client.post("/cgi-bin/externalcontact/get_groupmsg_task", Map.of("msgid", msgid));
        external.confirmGroupMessage(msgid, "zhangsan");
        JsonNode results = client.post(
                "/cgi-bin/externalcontact/get_groupmsg_send_result", Map.of("msgid", msgid, "userid", "zhangsan"));
        long now = System.currentTimeMillis() / 1000;
        JsonNode list = client.post(
                "/cgi-bin/externalcontact/get_groupmsg_list_v2",
                Map.of("chat_type", "single", "start_time", now - 3600, "end_time", now + 3600));

        assertEquals("[\"wmStranger\"]", added.path("fail_list").toString());
        assertEquals(0, tasks.path("task_list").get(0).path("status").asInt());
        assertEquals(2, results.path("send_list").size());
        assertEquals(1, results.path("send_list").get(0).path("status").asInt());
        assertEquals(msgid, list.path("group_msg_list").get(0).path("msgid").asText());
        assertEquals(
                41047,
                errcode(() -> client.post("/cgi-bin/externalcontact/get_groupmsg_task", Map.of("msgid", "nope"))));
        assertEquals(
                41048,
                errcode(() -> client.post(
                        "/cgi-bin/externalcontact/add_msg_template",
                        Map.of("sender", "lisi", "external_userid", List.of("wm1"), "text", Map.of("content", "x")))));
    }

    @Test
    void behaviorDataCountsNewCustomersPerDay() {
        seedTwoMembersWithCustomers(3);
        long now = System.currentTimeMillis() / 1000;

        JsonNode answer = client.post(
                "/cgi-bin/externalcontact/get_user_behavior_data",
                Map.of("userid", List.of("zhangsan"), "start_time", now, "end_time", now));
        JsonNode chats = client.post(
                "/cgi-bin/externalcontact/groupchat/statistic",
                Map.of("day_begin_time", now - 86_400, "owner_filter", Map.of("userid_list", List.of("zhangsan"))));

        assertEquals(
                3, answer.path("behavior_data").get(0).path("new_contact_cnt").asInt());
        assertEquals(1, chats.path("total").asInt());
        assertEquals(
                0, chats.path("items").get(0).path("data").path("chat_total").asInt());
        assertFalse(external.toString().contains("secret"));
    }
}
