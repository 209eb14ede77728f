package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A seed that fails leaves the fake as it was: all of the document is applied, or none of it. */
class FakeWeComSeedTest {

    private static final String VALID_PARTS = """
            "apps": [{"agentid": 1000031, "secret": "seed-test-app-secret-00000000000000000001"}],
            "webhooks": ["seed-test-robot"],
            "departments": [{"id": 2, "name": "R&D", "parentid": 1}],
            "tags": [{"tagid": 7, "tagname": "leads"}],
            "corp_tags": [{"group_name": "Level", "tag": [{"name": "VIP"}]}],
            "group_chats": [{"chat_id": "wrSEED", "name": "Buyers", "owner": "existing"}]
            """;

    private final FakeWeCom wecom = FakeWeCom.start();

    @AfterEach
    void stop() {
        wecom.close();
    }

    @Test
    void seedFailingInTheAddressBookLeavesAppsRobotsAndDepartmentsUnapplied() throws Exception {
        wecom.addUser("existing", "Existing");
        String document = "{"
                + VALID_PARTS
                        .replace("\"tags\": [{\"tagid\": 7, \"tagname\": \"leads\"}],", "")
                        .replace(
                                "\"corp_tags\"",
                                "\"users\": [{\"userid\": \"first\", \"name\": \"First\", "
                                        + "\"email\": \"first@example.com\", \"department\": [2]}, {\"userid\": \"second\", "
                                        + "\"name\": \"Second\", \"email\": \"second@example.com\", \"department\": [99]}],\n"
                                        + "\"corp_tags\"")
                + "}";

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> wecom.seed(document));

        assertTrue(failure.getMessage().contains("60003"), failure.getMessage());
        assertEquals(List.of("existing"), wecom.userIds(), "the first user of the document is not kept");
        assertTrue(wecom.department(2).isEmpty(), "departments before the failing user are not kept");
        assertThrows(IllegalArgumentException.class, () -> wecom.secret(1000031), "the app is not kept");
        assertEquals(93000, robotSend("seed-test-robot").path("errcode").asInt(), "the robot is not kept");
    }

    @Test
    void seedFailingInTheCustomersLeavesTheAddressBookAndCorpTagsUnapplied() {
        wecom.addUser("existing", "Existing");
        wecom.externalContacts().addCustomer("wmBEFORE", "Before").follow("existing", "wmBEFORE");
        String document = "{" + VALID_PARTS.replace("\"group_chats\"", """
                "customers": [{"external_contact": {"external_userid": "wmA", "name": "Li"},
                               "follow_user": [{"userid": "existing",
                                                "tags": [{"group_name": "Level", "tag_name": "NoSuchTag"}]}]}],
                "group_chats\"""") + "}";

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> wecom.seed(document));

        assertTrue(failure.getMessage().contains("NoSuchTag"), failure.getMessage());
        assertTrue(wecom.department(2).isEmpty());
        assertTrue(wecom.tag(7).isEmpty());
        assertNull(wecom.externalContacts().corpTagId("Level", "VIP"), "the corp tag group is not kept");
        assertEquals(List.of("wmBEFORE"), wecom.externalContacts().customerIds(), "the customer is not kept");
        assertEquals(
                1,
                wecom.externalContacts()
                        .customer("wmBEFORE")
                        .orElseThrow()
                        .path("follow_user")
                        .size());
        assertTrue(wecom.externalContacts().groupChat("wrSEED").isEmpty());
    }

    @Test
    void theCorrectedDocumentAppliesAfterAFailedOneAsIfItNeverRan() {
        wecom.addUser("existing", "Existing");
        String broken = "{" + VALID_PARTS.replace("\"owner\": \"existing\"", "\"owner\": \"nobody\"") + "}";
        assertThrows(IllegalArgumentException.class, () -> wecom.seed(broken));

        wecom.seed("{" + VALID_PARTS + "}");

        assertTrue(wecom.department(2).isPresent());
        assertTrue(wecom.tag(7).isPresent());
        assertTrue(wecom.externalContacts().corpTagId("Level", "VIP") != null);
        assertTrue(wecom.externalContacts().groupChat("wrSEED").isPresent());
        assertEquals("seed-test-app-secret-00000000000000000001", wecom.secret(1000031));
    }

    @Test
    void addTagWhoseMembersAreAllUnknownLeavesNoTag() {
        IllegalArgumentException failure =
                assertThrows(IllegalArgumentException.class, () -> wecom.addTag(5, "ghosts", "nobody"));

        assertTrue(failure.getMessage().contains("40070"), failure.getMessage());
        assertTrue(wecom.tag(5).isEmpty(), "the tag created before its members were refused is not kept");
        wecom.addTag(5, "ghosts");
        assertTrue(wecom.tag(5).isPresent(), "the id and the name are free again");
    }

    private JsonNode robotSend(String key) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(wecom.webhookUrl(key)))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }
}
