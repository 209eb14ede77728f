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

class UsersTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private int errcodeOf(Runnable call) {
        return assertThrows(WeComApiException.class, call::run).errcode();
    }

    private static List<String> userids(JsonNode userlist) {
        List<String> ids = new ArrayList<>();
        userlist.forEach(user -> ids.add(user.path("userid").asText()));
        return ids;
    }

    @Test
    void createThenGetReturnsTheMemberWithDefaults() {
        wecom.addDepartment(2, "R&D", 1);
        JsonNode created = client.post(
                "/cgi-bin/user/create",
                Map.of(
                        "userid",
                        "zhangsan",
                        "name",
                        "张三",
                        "mobile",
                        "+86 13800000000",
                        "department",
                        List.of(1, 2),
                        "position",
                        "产品经理"));

        JsonNode user = client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));

        assertEquals("created", created.path("errmsg").asText());
        assertEquals(0, user.path("errcode").asInt());
        assertEquals("zhangsan", user.path("userid").asText());
        assertEquals("张三", user.path("name").asText());
        assertEquals("+86 13800000000", user.path("mobile").asText());
        assertEquals("产品经理", user.path("position").asText());
        assertEquals("[1,2]", user.path("department").toString());
        assertEquals("[0,0]", user.path("order").toString());
        assertEquals("[0,0]", user.path("is_leader_in_dept").toString());
        assertEquals(1, user.path("main_department").asLong());
        assertEquals(4, user.path("status").asInt());
        assertFalse(user.has("to_invite"));
    }

    @Test
    void userIdsAreCaseInsensitive() {
        wecom.addUser("ZhangSan", "张三");

        JsonNode user = client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));

        assertEquals("ZhangSan", user.path("userid").asText());
        assertEquals(
                60102,
                errcodeOf(() -> client.post(
                        "/cgi-bin/user/create", Map.of("userid", "ZHANGSAN", "name", "x", "email", "x@example.com"))));
    }

    @Test
    void createWithoutMobileOrEmailFailsWith60129() {
        assertEquals(
                60129, errcodeOf(() -> client.post("/cgi-bin/user/create", Map.of("userid", "lisi", "name", "李四"))));
    }

    @Test
    void createWithInvalidUseridFailsWith40003() {
        assertEquals(
                40003,
                errcodeOf(() -> client.post(
                        "/cgi-bin/user/create", Map.of("userid", "-bad", "name", "x", "email", "x@example.com"))));
    }

    @Test
    void createInUnknownDepartmentFailsWith60003() {
        assertEquals(
                60003,
                errcodeOf(() -> client.post(
                        "/cgi-bin/user/create",
                        Map.of(
                                "userid",
                                "lisi",
                                "name",
                                "李四",
                                "email",
                                "lisi@example.com",
                                "department",
                                List.of(9)))));
    }

    @Test
    void createWithTakenMobileFailsWith60104() {
        client.post("/cgi-bin/user/create", Map.of("userid", "a", "name", "A", "mobile", "13800000001"));

        assertEquals(
                60104,
                errcodeOf(() -> client.post(
                        "/cgi-bin/user/create", Map.of("userid", "b", "name", "B", "mobile", "13800000001"))));
    }

    @Test
    void getOfUnknownMemberFailsWith60111() {
        assertEquals(60111, errcodeOf(() -> client.get("/cgi-bin/user/get", Map.of("userid", "ghost"))));
    }

    @Test
    void updateChangesOnlyTheFieldsGiven() {
        wecom.addUser("zhangsan", "张三");

        JsonNode answer = client.post("/cgi-bin/user/update", Map.of("userid", "zhangsan", "position", "CTO"));

        JsonNode user = wecom.user("zhangsan").orElseThrow();
        assertEquals("updated", answer.path("errmsg").asText());
        assertEquals("CTO", user.path("position").asText());
        assertEquals("张三", user.path("name").asText());
        assertEquals("zhangsan@example.com", user.path("email").asText());
    }

    @Test
    void updateWithNewUseridRenamesTheMember() {
        wecom.addUser("temp123", "张三");

        client.post("/cgi-bin/user/update", Map.of("userid", "temp123", "new_userid", "zhangsan"));

        assertTrue(wecom.user("zhangsan").isPresent());
        assertFalse(wecom.user("temp123").isPresent());
    }

    @Test
    void disablingAMemberShowsStatus2() {
        wecom.addUser("zhangsan", "张三");

        client.post("/cgi-bin/user/update", Map.of("userid", "zhangsan", "enable", 0));

        assertEquals(2, wecom.user("zhangsan").orElseThrow().path("status").asInt());
    }

    @Test
    void deleteRemovesTheMemberAndItsTagMemberships() {
        wecom.addUser("zhangsan", "张三");
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI", "tagid", 1));
        client.post("/cgi-bin/tag/addtagusers", Map.of("tagid", 1, "userlist", List.of("zhangsan")));

        JsonNode answer = client.get("/cgi-bin/user/delete", Map.of("userid", "zhangsan"));

        assertEquals("deleted", answer.path("errmsg").asText());
        assertFalse(wecom.user("zhangsan").isPresent());
        assertEquals(0, wecom.tag(1).orElseThrow().path("userlist").size());
    }

    @Test
    void batchdeleteRemovesAllOrNothing() {
        wecom.addUser("a", "A").addUser("b", "B");

        int errcode =
                errcodeOf(() -> client.post("/cgi-bin/user/batchdelete", Map.of("useridlist", List.of("a", "ghost"))));
        assertEquals(60111, errcode);
        assertEquals(List.of("a", "b"), wecom.userIds());

        client.post("/cgi-bin/user/batchdelete", Map.of("useridlist", List.of("a", "b")));
        assertEquals(List.of(), wecom.userIds());
    }

    @Test
    void batchdeleteOfMoreThan200FailsWith40032() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            ids.add("u" + i);
        }

        assertEquals(40032, errcodeOf(() -> client.post("/cgi-bin/user/batchdelete", Map.of("useridlist", ids))));
    }

    @Test
    void simplelistAnswersMembersOfTheDepartmentOnlyUnlessFetchChild() {
        wecom.addDepartment(2, "A", 1).addUser("top", "Top").addUser("inner", "Inner", 2);

        JsonNode direct = client.get("/cgi-bin/user/simplelist", Map.of("department_id", 1));
        JsonNode all = client.get("/cgi-bin/user/simplelist", Map.of("department_id", 1, "fetch_child", 1));

        assertEquals(List.of("top"), userids(direct.path("userlist")));
        assertEquals(List.of("top", "inner"), userids(all.path("userlist")));
        assertEquals("Inner", all.path("userlist").path(1).path("name").asText());
        assertEquals("[2]", all.path("userlist").path(1).path("department").toString());
    }

    @Test
    void listAnswersFullMembers() {
        wecom.addUser("zhangsan", "张三");

        JsonNode answer = client.get("/cgi-bin/user/list", Map.of("department_id", 1));

        assertEquals(
                "zhangsan@example.com",
                answer.path("userlist").path(0).path("email").asText());
    }

    @Test
    void listIdPagesThroughEveryMemberDepartmentPair() {
        wecom.addDepartment(2, "A", 1).addUser("a", "A", 1, 2).addUser("b", "B").addUser("c", "C", 2);
        List<String> rows = new ArrayList<>();
        Map<String, Object> body = new HashMap<>(Map.of("limit", 3));
        int pages = 0;
        while (true) {
            JsonNode page = client.post("/cgi-bin/user/list_id", body);
            pages++;
            page.path("dept_user")
                    .forEach(row -> rows.add(row.path("userid").asText() + "@"
                            + row.path("department").asLong()));
            String next = page.path("next_cursor").asText();
            if (next.isEmpty()) {
                break;
            }
            body.put("cursor", next);
        }

        assertEquals(List.of("a@1", "a@2", "b@1", "c@2"), rows);
        assertEquals(2, pages);
    }

    @Test
    void listIdRefusesAForgedCursorWith50100() {
        assertEquals(50100, errcodeOf(() -> client.post("/cgi-bin/user/list_id", Map.of("cursor", "forged"))));
    }

    @Test
    void seedingAMemberWeComWouldRefuseThrows() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> wecom.addUser("x", "X", 99));

        assertTrue(error.getMessage().contains("60003"), error.getMessage());
    }
}
