package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DepartmentsTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private int errcodeOf(Runnable call) {
        return assertThrows(WeComApiException.class, call::run).errcode();
    }

    @Test
    void createAnswersCreatedWithTheNewId() {
        JsonNode answer = client.post(
                "/cgi-bin/department/create", Map.of("name", "研发中心", "name_en", "RDGZ", "parentid", 1, "order", 10));

        assertEquals("created", answer.path("errmsg").asText());
        assertEquals(2, answer.path("id").asLong());
        JsonNode stored = wecom.department(2).orElseThrow();
        assertEquals("研发中心", stored.path("name").asText());
        assertEquals("RDGZ", stored.path("name_en").asText());
        assertEquals(1, stored.path("parentid").asLong());
        assertEquals(10, stored.path("order").asLong());
    }

    @Test
    void createKeepsTheIdTheCallerChose() {
        JsonNode answer = client.post("/cgi-bin/department/create", Map.of("name", "Sales", "parentid", 1, "id", 50));

        assertEquals(50, answer.path("id").asLong());
    }

    @Test
    void createRefusesUnknownParentWith60004() {
        assertEquals(
                60004,
                errcodeOf(() -> client.post("/cgi-bin/department/create", Map.of("name", "Orphan", "parentid", 99))));
    }

    @Test
    void createRefusesSiblingWithTheSameNameWith60008() {
        wecom.addDepartment(2, "Sales", 1);

        assertEquals(
                60008,
                errcodeOf(() -> client.post("/cgi-bin/department/create", Map.of("name", "Sales", "parentid", 1))));
    }

    @Test
    void createRefusesForbiddenCharactersWith60009() {
        assertEquals(
                60009,
                errcodeOf(() -> client.post("/cgi-bin/department/create", Map.of("name", "a|b", "parentid", 1))));
    }

    @Test
    void updateRenamesAndMoves() {
        wecom.addDepartment(2, "A", 1).addDepartment(3, "B", 1);

        JsonNode answer = client.post("/cgi-bin/department/update", Map.of("id", 3, "name", "B2", "parentid", 2));

        assertEquals("updated", answer.path("errmsg").asText());
        JsonNode stored = wecom.department(3).orElseThrow();
        assertEquals("B2", stored.path("name").asText());
        assertEquals(2, stored.path("parentid").asLong());
    }

    @Test
    void updateRefusesMovingUnderItsOwnChildWith60010() {
        wecom.addDepartment(2, "A", 1).addDepartment(3, "B", 2);

        assertEquals(60010, errcodeOf(() -> client.post("/cgi-bin/department/update", Map.of("id", 2, "parentid", 3))));
    }

    @Test
    void updateOfUnknownDepartmentFailsWith60003() {
        assertEquals(60003, errcodeOf(() -> client.post("/cgi-bin/department/update", Map.of("id", 42, "name", "x"))));
    }

    @Test
    void deleteRemovesAnEmptyDepartment() {
        wecom.addDepartment(2, "A", 1);

        JsonNode answer = client.get("/cgi-bin/department/delete", Map.of("id", 2));

        assertEquals("deleted", answer.path("errmsg").asText());
        assertFalse(wecom.department(2).isPresent());
    }

    @Test
    void deleteRefusesDepartmentWithMembersWith60005() {
        wecom.addDepartment(2, "A", 1).addUser("zhangsan", "张三", 2);

        assertEquals(60005, errcodeOf(() -> client.get("/cgi-bin/department/delete", Map.of("id", 2))));
    }

    @Test
    void deleteRefusesDepartmentWithChildrenWith60006() {
        wecom.addDepartment(2, "A", 1).addDepartment(3, "B", 2);

        assertEquals(60006, errcodeOf(() -> client.get("/cgi-bin/department/delete", Map.of("id", 2))));
    }

    @Test
    void deleteRefusesTheRootWith60007() {
        assertEquals(60007, errcodeOf(() -> client.get("/cgi-bin/department/delete", Map.of("id", 1))));
    }

    @Test
    void listReturnsTheSubtreeWithHigherOrderFirst() {
        client.post("/cgi-bin/department/create", Map.of("id", 2, "name", "Low", "parentid", 1, "order", 1));
        client.post("/cgi-bin/department/create", Map.of("id", 3, "name", "High", "parentid", 1, "order", 9));
        client.post("/cgi-bin/department/create", Map.of("id", 4, "name", "Child", "parentid", 2));

        assertEquals(
                List.of(1L, 3L, 2L, 4L),
                ids(client.get("/cgi-bin/department/list", null).path("department")));
        assertEquals(
                List.of(2L, 4L),
                ids(client.get("/cgi-bin/department/list", Map.of("id", 2)).path("department")));
    }

    @Test
    void listShowsLeadersFromMembersFlags() {
        wecom.addDepartment(2, "A", 1);
        client.post(
                "/cgi-bin/user/create",
                Map.of(
                        "userid",
                        "boss",
                        "name",
                        "Boss",
                        "email",
                        "boss@example.com",
                        "department",
                        List.of(2),
                        "is_leader_in_dept",
                        List.of(1)));

        JsonNode department =
                client.get("/cgi-bin/department/get", Map.of("id", 2)).path("department");

        assertEquals("boss", department.path("department_leader").path(0).asText());
    }

    @Test
    void simplelistAnswersIdsParentsAndOrders() {
        wecom.addDepartment(2, "A", 1);

        JsonNode answer = client.get("/cgi-bin/department/simplelist", null);

        JsonNode second = answer.path("department_id").path(1);
        assertEquals(2, second.path("id").asLong());
        assertEquals(1, second.path("parentid").asLong());
        assertEquals(0, second.path("order").asLong());
        assertFalse(second.has("name"));
    }

    @Test
    void getAnswersTheDepartmentObject() {
        JsonNode answer = client.get("/cgi-bin/department/get", Map.of("id", 1));

        assertEquals("Fake Corp", answer.path("department").path("name").asText());
        assertEquals(0, answer.path("department").path("parentid").asLong());
    }

    @Test
    void getOfUnknownDepartmentFailsWith60123() {
        assertEquals(60123, errcodeOf(() -> client.get("/cgi-bin/department/get", Map.of("id", 77))));
    }
}
