package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TagsTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private int errcodeOf(Runnable call) {
        return assertThrows(WeComApiException.class, call::run).errcode();
    }

    @Test
    void createAnswersCreatedWithTagid() {
        JsonNode answer = client.post("/cgi-bin/tag/create", Map.of("tagname", "UI"));

        assertEquals("created", answer.path("errmsg").asText());
        assertEquals(1, answer.path("tagid").asLong());
        assertEquals("UI", wecom.tag(1).orElseThrow().path("tagname").asText());
    }

    @Test
    void createRefusesATakenNameWith40071() {
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI"));

        assertEquals(40071, errcodeOf(() -> client.post("/cgi-bin/tag/create", Map.of("tagname", "UI"))));
    }

    @Test
    void getAnswersMembersAndParties() {
        wecom.addDepartment(2, "A", 1).addUser("zhangsan", "张三");
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI", "tagid", 12));
        client.post(
                "/cgi-bin/tag/addtagusers",
                Map.of("tagid", 12, "userlist", List.of("zhangsan"), "partylist", List.of(2)));

        JsonNode answer = client.get("/cgi-bin/tag/get", Map.of("tagid", 12));

        assertEquals("UI", answer.path("tagname").asText());
        assertEquals("zhangsan", answer.path("userlist").path(0).path("userid").asText());
        assertEquals("张三", answer.path("userlist").path(0).path("name").asText());
        assertEquals("[2]", answer.path("partylist").toString());
    }

    @Test
    void addtagusersReportsInvalidUsersAndParties() {
        wecom.addUser("zhangsan", "张三");
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI", "tagid", 1));

        JsonNode answer = client.post(
                "/cgi-bin/tag/addtagusers",
                Map.of("tagid", 1, "userlist", List.of("zhangsan", "ghost1", "ghost2"), "partylist", List.of(7)));

        assertEquals(0, answer.path("errcode").asInt());
        assertEquals("ghost1|ghost2", answer.path("invalidlist").asText());
        assertEquals("[7]", answer.path("invalidparty").toString());
    }

    @Test
    void addtagusersWithOnlyInvalidMembersFailsWith40070() {
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI", "tagid", 1));

        assertEquals(
                40070,
                errcodeOf(() ->
                        client.post("/cgi-bin/tag/addtagusers", Map.of("tagid", 1, "userlist", List.of("ghost")))));
    }

    @Test
    void deltagusersRemovesMembersAndAnswersDeleted() {
        wecom.addUser("zhangsan", "张三");
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI", "tagid", 1));
        client.post("/cgi-bin/tag/addtagusers", Map.of("tagid", 1, "userlist", List.of("zhangsan")));

        JsonNode answer = client.post("/cgi-bin/tag/deltagusers", Map.of("tagid", 1, "userlist", List.of("zhangsan")));

        assertEquals("deleted", answer.path("errmsg").asText());
        assertEquals(0, wecom.tag(1).orElseThrow().path("userlist").size());
    }

    @Test
    void listAnswersEveryTag() {
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI"));
        client.post("/cgi-bin/tag/create", Map.of("tagname", "Ops"));

        JsonNode taglist = client.get("/cgi-bin/tag/list", null).path("taglist");

        assertEquals(2, taglist.size());
        assertEquals(2, taglist.path(1).path("tagid").asLong());
        assertEquals("Ops", taglist.path(1).path("tagname").asText());
    }

    @Test
    void deleteRemovesTheTag() {
        client.post("/cgi-bin/tag/create", Map.of("tagname", "UI", "tagid", 3));

        JsonNode answer = client.get("/cgi-bin/tag/delete", Map.of("tagid", 3));

        assertEquals("deleted", answer.path("errmsg").asText());
        assertFalse(wecom.tag(3).isPresent());
    }

    @Test
    void getOfUnknownTagFailsWith40068() {
        assertEquals(40068, errcodeOf(() -> client.get("/cgi-bin/tag/get", Map.of("tagid", 5))));
    }
}
