package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.contacts.BatchJobResult;
import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.contacts.ExportResult;
import io.github.wecomsdk.contacts.Exports;
import io.github.wecomsdk.contacts.User;
import io.github.wecomsdk.contacts.external.ExternalContacts;
import io.github.wecomsdk.contacts.external.GroupChat;
import io.github.wecomsdk.contacts.external.TransferStatusPage;
import io.github.wecomsdk.contacts.external.UnassignedPage;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.testkit.FakeUser;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The typed SDK against FakeWeCom: the fake's answers decode into the SDK's records. */
class SdkAgainstFakeWeComTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    @Test
    void exportFilesDecryptWithTheContactsModule() {
        wecom.addUser(FakeUser.builder("zhangsan", "张三")
                .mobile("13800000000")
                .position("Lead")
                .build());
        wecom.addUser("lisi", "李四");
        Exports exports = Contacts.of(client).exports();
        String key = Exports.newAesKey();

        ExportResult result = exports.get(exports.users(key));
        List<String> users;
        try (Stream<User> stream = exports.readUsers(result, key)) {
            users = stream.map(user -> user.userId() + ":" + user.position()).collect(Collectors.toList());
        }

        assertEquals(List.of("zhangsan:Lead", "lisi:null"), users);
    }

    @Test
    void batchJobResultsDecode() {
        String mediaId = client.execute(ApiRequest.post("/cgi-bin/media/upload")
                        .query("type", "file")
                        .multipart(
                                "media",
                                UploadBody.ofBytes(
                                        "姓名,帐号,手机号\n王五,wangwu,13800000005\n".getBytes(StandardCharsets.UTF_8),
                                        "users.csv",
                                        "text/csv"))
                        .build())
                .path("media_id")
                .asText();
        Contacts contacts = Contacts.of(client);

        BatchJobResult result = contacts.batchJobs().get(contacts.batchJobs().syncUsers(mediaId));

        assertEquals(3, result.status());
        assertEquals(1, result.total());
        assertEquals("wangwu", result.result().get(0).userId());
        assertTrue(wecom.user("wangwu").isPresent());
    }

    @Test
    void transfersAndGroupChatsDecode() {
        wecom.addUser("zhangsan", "张三").addUser("lisi", "李四");
        wecom.externalContacts()
                .addCustomer("wm1", "Wang")
                .follow("zhangsan", "wm1")
                .addGroupChat("wrChat", "Buyers", "zhangsan", null, "wm1");
        ExternalContacts external = ExternalContacts.of(client);

        external.transfers().transferCustomers("zhangsan", "lisi", List.of("wm1"));
        wecom.externalContacts().completeTransfers();
        List<TransferStatusPage.Entry> results =
                external.transfers().listTransferResults("zhangsan", "lisi").toList();
        GroupChat chat = external.groupChats().get("wrChat", true);
        wecom.client().get("/cgi-bin/user/delete", java.util.Map.of("userid", "zhangsan"));
        List<UnassignedPage.Entry> unassigned =
                external.transfers().listUnassigned().toList();

        assertEquals(1, results.get(0).status());
        assertEquals("Buyers", chat.name());
        assertEquals(2, chat.memberList().size());
        assertEquals(
                List.of("wrChat"),
                external.groupChats().list().stream().map(e -> e.chatId()).toList());
        assertEquals(List.of(), unassigned);
    }
}
