package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchJobsAndExportsTest {

    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private String uploadCsv(String csv) {
        return client.execute(ApiRequest.post("/cgi-bin/media/upload")
                        .query("type", "file")
                        .multipart(
                                "media",
                                UploadBody.ofBytes(csv.getBytes(StandardCharsets.UTF_8), "users.csv", "text/csv"))
                        .build())
                .path("media_id")
                .asText();
    }

    @Test
    void syncUserUpsertsFromTheCsvAndReportsEachRow() {
        wecom.addDepartment(2, "Sales", 1).addUser("zhangsan", "张三");
        String mediaId = uploadCsv("姓名,帐号,手机号,邮箱,所在部门,职务\n"
                + "张三丰,zhangsan,13800000001,,2,Lead\n"
                + "李四,lisi,13800000002,,2,Rep\n"
                + "坏人,bad,13800000003,,99,Rep\n");

        String jobId = client.post("/cgi-bin/batch/syncuser", Map.of("media_id", mediaId))
                .path("jobid")
                .asText();
        JsonNode result = client.get("/cgi-bin/batch/getresult", Map.of("jobid", jobId));

        assertEquals(3, result.path("status").asInt());
        assertEquals("sync_user", result.path("type").asText());
        assertEquals(3, result.path("total").asInt());
        assertEquals(100, result.path("percentage").asInt());
        assertEquals(0, result.path("result").get(0).path("errcode").asInt());
        assertEquals(60003, result.path("result").get(2).path("errcode").asInt());
        assertEquals("张三丰", wecom.user("zhangsan").orElseThrow().path("name").asText());
        assertEquals("Rep", wecom.user("lisi").orElseThrow().path("position").asText());
        assertTrue(wecom.callbacks().events().get(0).contains("<JobType><![CDATA[sync_user]]></JobType>"));
    }

    @Test
    void replaceUserDeletesMembersAbsentFromTheCsv() {
        wecom.addUser("zhangsan", "张三").addUser("old", "Old");
        String mediaId = uploadCsv("name,userid,mobile,department\n张三,zhangsan,13800000001,1\n");

        client.post("/cgi-bin/batch/replaceuser", Map.of("media_id", mediaId));

        assertEquals(List.of("zhangsan"), wecom.userIds());
    }

    @Test
    void replacePartyBuildsTheTreeAndKeepsDepartmentsWithMembers() {
        wecom.addDepartment(5, "Old", 1).addDepartment(6, "Staffed", 1).addUser("zhangsan", "张三", 6);
        String mediaId = uploadCsv("部门名称,部门ID,父部门ID,排序\nSales,2,1,1\nEast,3,2,1\n");

        String jobId = client.post("/cgi-bin/batch/replaceparty", Map.of("media_id", mediaId))
                .path("jobid")
                .asText();
        JsonNode result = client.get("/cgi-bin/batch/getresult", Map.of("jobid", jobId));

        assertEquals(2L, wecom.department(3).orElseThrow().path("parentid").asLong());
        assertTrue(wecom.department(5).isEmpty());
        assertTrue(wecom.department(6).isPresent());
        assertEquals("replace_party", result.path("type").asText());
        assertTrue(result.path("result").toString().contains("60005"));
    }

    @Test
    void unknownJobsAndMediaAnswerWeComsErrcodes() {
        assertEquals(
                40088,
                assertThrows(
                                WeComApiException.class,
                                () -> client.get("/cgi-bin/batch/getresult", Map.of("jobid", "nope")))
                        .errcode());
        assertEquals(
                40007,
                assertThrows(
                                WeComApiException.class,
                                () -> client.post("/cgi-bin/batch/syncuser", Map.of("media_id", "nope")))
                        .errcode());
    }

    @Test
    void inviteAnswersWeComsListLengthErrcodesPerList() {
        List<Long> parties = LongStream.rangeClosed(1, 101).boxed().toList();

        assertEquals(
                82001,
                assertThrows(WeComApiException.class, () -> client.post("/cgi-bin/batch/invite", Map.of()))
                        .errcode());
        assertEquals(
                82002,
                assertThrows(
                                WeComApiException.class,
                                () -> client.post("/cgi-bin/batch/invite", Map.of("party", parties)))
                        .errcode());
        assertEquals(
                82003,
                assertThrows(
                                WeComApiException.class,
                                () -> client.post("/cgi-bin/batch/invite", Map.of("tag", parties)))
                        .errcode());
        List<String> users =
                IntStream.rangeClosed(1, 1001).mapToObj(i -> "u" + i).toList();
        assertEquals(
                40032,
                assertThrows(WeComApiException.class, () -> client.post("/cgi-bin/batch/invite", Map.of("user", users)))
                        .errcode());
    }

    @Test
    void onlyTheFiveNewestJobResultsAreKept() {
        String mediaId = uploadCsv("name,userid,mobile\nA,a,13800000009\n");
        String first = client.post("/cgi-bin/batch/syncuser", Map.of("media_id", mediaId))
                .path("jobid")
                .asText();
        for (int i = 0; i < 5; i++) {
            client.post("/cgi-bin/batch/syncuser", Map.of("media_id", mediaId));
        }

        assertEquals(
                40089,
                assertThrows(
                                WeComApiException.class,
                                () -> client.get("/cgi-bin/batch/getresult", Map.of("jobid", first)))
                        .errcode());
    }

    @Test
    void exportFilesAreEncryptedAsWeComDoesAndDecryptToTheMembers() throws Exception {
        wecom.addUser(FakeUser.builder("zhangsan", "张三")
                .mobile("13800000000")
                .position("Lead")
                .build());
        wecom.addUser("lisi", "李四");

        String jobId = client.post("/cgi-bin/export/user", Map.of("encoding_aeskey", AES_KEY, "block_size", 10_000))
                .path("jobid")
                .asText();
        JsonNode result = client.get("/cgi-bin/export/get_result", Map.of("jobid", jobId));
        JsonNode file = result.path("data_list").get(0);
        byte[] encrypted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(file.path("url").asText()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        JsonNode content = new ObjectMapper().readTree(decrypt(encrypted));

        assertEquals(2, result.path("status").asInt());
        assertEquals(encrypted.length, file.path("size").asInt());
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(encrypted)),
                file.path("md5").asText());
        assertEquals("zhangsan", content.path("userlist").get(0).path("userid").asText());
        assertEquals("Lead", content.path("userlist").get(0).path("position").asText());
        assertEquals(2, content.path("userlist").size());
        assertEquals(
                40058,
                assertThrows(
                                WeComApiException.class,
                                () -> client.post("/cgi-bin/export/user", Map.of("encoding_aeskey", "short")))
                        .errcode());
    }

    /** WeCom's documented export encryption, written from the spec, independent of the fake's code. */
    private static byte[] decrypt(byte[] encrypted) throws Exception {
        byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        byte[] padded = cipher.doFinal(encrypted);
        int pad = padded[padded.length - 1];
        assertTrue(pad >= 1 && pad <= 32);
        return Arrays.copyOf(padded, padded.length - pad);
    }
}
