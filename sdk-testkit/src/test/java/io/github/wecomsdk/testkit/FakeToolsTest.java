package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeToolsTest {

    private final FakeWeCom wecom = FakeWeCom.start();

    @AfterEach
    void stop() {
        wecom.close();
    }

    @Test
    void twoHundredClientsShareOneToken() {
        wecom.addUser("zhangsan", "张三");

        for (int i = 0; i < 200; i++) {
            wecom.client().get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
        }

        assertEquals(1, wecom.gettokenCalls());
    }

    @Test
    void textMediaIsServedWithItsOwnContentType() throws Exception {
        byte[] text = "{\"errcode\": 0, \"note\": \"a JSON file, not an answer\"}".getBytes(StandardCharsets.UTF_8);
        WeComClient client = wecom.client();
        String mediaId = client.execute(ApiRequest.post("/cgi-bin/media/upload")
                        .query("type", "file")
                        .multipart("media", UploadBody.ofBytes(text, "note.json", "application/json"))
                        .build())
                .path("media_id")
                .asText();
        String token = client.execute(ApiRequest.get("/cgi-bin/gettoken")
                        .withoutAccessToken()
                        .query("corpid", wecom.corpId())
                        .query("corpsecret", wecom.secret())
                        .build())
                .path("access_token")
                .asText();

        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(wecom.baseUrl() + "/cgi-bin/media/get?access_token=" + token
                                        + "&media_id=" + mediaId))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(text, response.body());
    }

    @Test
    void seedsEveryFieldFromABuilder() {
        wecom.addDepartment(2, "R&D", 1);
        wecom.addUser(FakeUser.builder("zhangsan", "张三")
                .mobile("13800000000")
                .position("Engineer")
                .departments(2)
                .status(FakeUser.ACTIVE)
                .gender(1)
                .alias("Sam")
                .extattrText("工号", "1024")
                .build());

        JsonNode user = wecom.client().get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));

        assertEquals("13800000000", user.path("mobile").asText());
        assertEquals("Engineer", user.path("position").asText());
        assertEquals(1, user.path("status").asInt());
        assertEquals("1", user.path("gender").asText());
        assertEquals("Sam", user.path("alias").asText());
        assertEquals("[2]", user.path("department").toString());
        assertEquals(
                "1024",
                user.path("extattr")
                        .path("attrs")
                        .get(0)
                        .path("text")
                        .path("value")
                        .asText());
    }

    @Test
    void seedsACorpFromAJsonFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corp.json");
        Files.writeString(file, """
                {
                  "apps": [{"agentid": 1000005, "secret": "second-app-secret"}],
                  "departments": [{"id": 2, "name": "Sales", "parentid": 1}],
                  "users": [{"userid": "lisi", "name": "李四", "mobile": "13900000000", "department": [2],
                             "position": "Rep", "status": 1}],
                  "tags": [{"tagid": 7, "tagname": "leads", "userlist": ["lisi"]}],
                  "corp_tags": [{"group_name": "Level", "tag": [{"name": "VIP"}]}],
                  "customers": [{"external_contact": {"external_userid": "wmA", "name": "Wang", "type": 1},
                                 "follow_user": [{"userid": "lisi", "remark": "fair",
                                                  "tags": [{"group_name": "Level", "tag_name": "VIP"}]}]}],
                  "group_chats": [{"chat_id": "wrA", "name": "Buyers", "owner": "lisi", "member_list": ["wmA"]}]
                }
                """);

        wecom.seed(file);

        assertEquals("Rep", wecom.user("lisi").orElseThrow().path("position").asText());
        assertEquals(1, wecom.user("lisi").orElseThrow().path("status").asInt());
        assertEquals(
                "lisi",
                wecom.tag(7)
                        .orElseThrow()
                        .path("userlist")
                        .get(0)
                        .path("userid")
                        .asText());
        JsonNode customer = wecom.externalContacts().customer("wmA").orElseThrow();
        assertEquals(
                "VIP",
                customer.path("follow_user")
                        .get(0)
                        .path("tags")
                        .get(0)
                        .path("tag_name")
                        .asText());
        assertEquals("fair", customer.path("follow_user").get(0).path("remark").asText());
        assertEquals(
                "wmA",
                wecom.externalContacts()
                        .groupChat("wrA")
                        .orElseThrow()
                        .path("member_list")
                        .get(1)
                        .path("userid")
                        .asText());
        assertEquals("second-app-secret", wecom.secret(1000005));
    }

    @Test
    void seedingWhatWeComWouldRefuseSaysWhy() {
        IllegalArgumentException failure = assertThrows(
                IllegalArgumentException.class,
                () -> wecom.seed("{\"users\": [{\"userid\": \"x\", \"name\": \"X\", \"department\": [9]}]}"));

        assertTrue(failure.getMessage().contains("60003"), failure.getMessage());
    }

    @Test
    void resetForgetsTheCorpAndItsTokensButOldClientsRecoverByThemselves() {
        WeComClient client = wecom.client();
        wecom.addUser("zhangsan", "张三");
        wecom.externalContacts().addCustomer("wm0", "Li").follow("zhangsan", "wm0");
        client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));

        wecom.reset();
        assertEquals(0, wecom.gettokenCalls());

        assertEquals(
                60111,
                assertThrows(
                                WeComApiException.class,
                                () -> client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan")))
                        .errcode());
        assertTrue(wecom.externalContacts().customerIds().isEmpty());
        assertEquals(1, wecom.gettokenCalls(), "the count restarts at the reset; the old token was refused");
        assertTrue(wecom.department(1).isPresent());
        assertFalse(wecom.toString().contains(wecom.secret()));
    }

    @Test
    void aSecretOfAnotherFamilyGets48002() {
        wecom.addApp(1000009, "customer-contact-secret").restrictApp(1000009, "/cgi-bin/externalcontact/");
        wecom.addUser("zhangsan", "张三");
        WeComClient customerContact = wecom.client(1000009);

        assertEquals(
                48002,
                assertThrows(
                                WeComApiException.class,
                                () -> customerContact.get("/cgi-bin/user/get", Map.of("userid", "zhangsan")))
                        .errcode());
        assertEquals(
                0,
                customerContact
                        .get("/cgi-bin/externalcontact/get_follow_user_list", Map.of())
                        .path("follow_user")
                        .size());
        assertEquals(
                301002,
                assertThrows(
                                WeComApiException.class,
                                () -> wecom.client()
                                        .post(
                                                "/cgi-bin/message/send",
                                                Map.of(
                                                        "touser",
                                                        "zhangsan",
                                                        "msgtype",
                                                        "text",
                                                        "agentid",
                                                        1000009,
                                                        "text",
                                                        Map.of("content", "hi"))))
                        .errcode());
    }

    @Test
    void smallerEndpointsAnswerLikeWeCom() {
        WeComClient client = wecom.client();
        wecom.addUser(FakeUser.builder("zhangsan", "张三")
                .mobile("13800000000")
                .bizMail("zs@corp.example")
                .status(FakeUser.ACTIVE)
                .build());

        String openid = client.post("/cgi-bin/user/convert_to_openid", Map.of("userid", "zhangsan"))
                .path("openid")
                .asText();

        assertEquals(
                "zhangsan",
                client.post("/cgi-bin/user/convert_to_userid", Map.of("openid", openid))
                        .path("userid")
                        .asText());
        assertEquals(
                "zhangsan",
                client.post("/cgi-bin/user/getuserid", Map.of("mobile", "13800000000"))
                        .path("userid")
                        .asText());
        assertEquals(
                "zhangsan",
                client.post("/cgi-bin/user/get_userid_by_email", Map.of("email", "zs@corp.example", "email_type", 1))
                        .path("userid")
                        .asText());
        assertEquals(
                46004,
                assertThrows(
                                WeComApiException.class,
                                () -> client.post("/cgi-bin/user/getuserid", Map.of("mobile", "10000000000")))
                        .errcode());
        assertTrue(client.get("/cgi-bin/corp/get_join_qrcode", Map.of("size_type", 3))
                .path("join_qrcode")
                .asText()
                .startsWith("https://"));
        assertEquals(
                1,
                client.post(
                                "/cgi-bin/user/get_active_stat",
                                Map.of(
                                        "date",
                                        LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                                .toString()))
                        .path("active_cnt")
                        .asInt());
        assertEquals(
                301002,
                assertThrows(
                                WeComApiException.class,
                                () -> client.post(
                                        "/cgi-bin/message/update_template_card",
                                        Map.of(
                                                "agentid",
                                                1,
                                                "response_code",
                                                "rc",
                                                "userids",
                                                List.of("zhangsan"),
                                                "button",
                                                Map.of("replace_name", "Done"))))
                        .errcode());
        client.post(
                "/cgi-bin/message/update_template_card",
                Map.of(
                        "agentid",
                        wecom.agentId(),
                        "response_code",
                        "rc",
                        "userids",
                        List.of("zhangsan", "ghost"),
                        "button",
                        Map.of("replace_name", "Done")));
        assertEquals(1, wecom.templateCardUpdates().size());
        assertEquals(
                60140,
                assertThrows(
                                WeComApiException.class,
                                () -> client.post(
                                        "/cgi-bin/message/update_template_card",
                                        Map.of(
                                                "agentid",
                                                wecom.agentId(),
                                                "response_code",
                                                "rc",
                                                "userids",
                                                List.of("zhangsan"),
                                                "button",
                                                Map.of("replace_name", "Again"))))
                        .errcode());
        assertEquals(1, wecom.templateCardUpdates().size());
    }
}
