package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComHttpException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportsTest {

    private static final String KEY = "IJUiXNpvGbODwKEBSEsAeOAPAhkqHqNCF6g19t9wfg2";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();
    /** WeCom's file storage: another host, which must never receive the access token. */
    @RegisterExtension
    final MockWeCom fileHost = new MockWeCom();

    private final Exports exports = Contacts.of(wecom.client()).exports();

    @Test
    void startsSimpleUserExportWithKeyAndBlockSize() {
        wecom.enqueueFixture("fixtures/export/job.json");
        assertEquals("jobid_xxxxxxxxx", exports.simpleUsers(KEY, 1_000_000));
        wecom.takePost("/cgi-bin/export/simple_user", "{'encoding_aeskey':'" + KEY + "','block_size':1000000}");
    }

    @Test
    void startsUserExport() {
        wecom.enqueueFixture("fixtures/export/job.json");
        exports.users(KEY);
        wecom.takePost("/cgi-bin/export/user", "{'encoding_aeskey':'" + KEY + "'}");
    }

    @Test
    void startsDepartmentExport() {
        wecom.enqueueFixture("fixtures/export/job.json");
        exports.departments(KEY, 10_000);
        wecom.takePost("/cgi-bin/export/department", "{'encoding_aeskey':'" + KEY + "','block_size':10000}");
    }

    @Test
    void startsTagUserExport() {
        wecom.enqueueFixture("fixtures/export/job.json");
        exports.tagUsers(7, KEY);
        wecom.takePost("/cgi-bin/export/taguser", "{'tagid':7,'encoding_aeskey':'" + KEY + "'}");
    }

    @Test
    void getsStateWithFiles() {
        wecom.enqueueFixture("fixtures/export/get_result.json");
        ExportResult result = exports.get("jobid_xxxxxxxxx");
        wecom.takeGet("/cgi-bin/export/get_result", "jobid", "jobid_xxxxxxxxx");
        assertTrue(result.done());
        assertEquals(ExportStatus.DONE, result.statusType());
        assertEquals(
                new ExportFile("https://yyyyy", 2048, "yyyyyyyy", null),
                result.dataList().get(1));
    }

    @Test
    void refusesKeyOfWrongLengthWithoutEchoingIt() {
        String shortKey = KEY.substring(1);
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> exports.users(shortKey));
        assertTrue(e.getMessage().contains("43"), e.getMessage());
        assertFalse(e.getMessage().contains(shortKey), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesKeyWithCharactersOutsideTheAlphabet() {
        String bad = KEY.substring(0, 42) + "+";
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> exports.users(bad));
        assertFalse(e.getMessage().contains(bad), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesBlockSizeBelowTenThousand() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> exports.users(KEY, 9_999));
        assertTrue(e.getMessage().contains("block_size"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void newAesKeyIsFortyThreeAlphanumericsDecodingToThirtyTwoBytes() {
        String key = Exports.newAesKey();
        assertTrue(key.matches("[A-Za-z0-9]{43}"), key);
        assertEquals(32, Base64.getDecoder().decode(key + "=").length);
        assertFalse(key.equals(Exports.newAesKey()));
    }

    @Test
    void readsSimpleUsersAcrossTwoEncryptedFilesInOrder() {
        String first = usersJson(0, 3000);
        String second = usersJson(3000, 10);
        ExportResult result = serve(first, second);
        List<SimpleUser> users;
        try (Stream<SimpleUser> stream = exports.readSimpleUsers(result, KEY)) {
            users = stream.toList();
        }
        assertEquals(3010, users.size());
        assertEquals(new SimpleUser("user0", "成员0", List.of(1L, 2L), null, null), users.get(0));
        assertEquals("user3009", users.get(3009).userId());
        RecordedRequest download = fileHost.takeRequest();
        assertEquals("GET", download.getMethod());
        assertEquals("/export/file0", download.getUrl().encodedPath());
        assertNull(download.getUrl().queryParameter("access_token"), "no token on WeCom's file host");
        assertEquals("/export/file1", fileHost.takeRequest().getUrl().encodedPath());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void stoppingEarlyDoesNotDownloadTheNextFile() {
        ExportResult result = serve(usersJson(0, 5), usersJson(5, 5));
        try (Stream<SimpleUser> stream = exports.readSimpleUsers(result, KEY)) {
            assertEquals(
                    List.of("user0", "user1"),
                    stream.limit(2).map(SimpleUser::userId).toList());
        }
        fileHost.takeRequest();
        assertEquals(0, fileHost.pendingRequests());
    }

    @Test
    void readsMemberDetailsFromUserExport() {
        String json = "{\"userlist\":[{\"userid\":\"zhangsan\",\"name\":\"李四\",\"department\":[1,2],\"order\":[1,2],"
                + "\"position\":\"后台工程师\",\"mobile\":\"13800000000\",\"gender\":\"1\",\"email\":\"zhangsan@gzdev.com\","
                + "\"status\":1}]}";
        try (Stream<User> users = exports.readUsers(serve(json), KEY)) {
            User user = users.findFirst().orElseThrow();
            assertEquals("后台工程师", user.position());
            assertEquals(List.of(1L, 2L), user.order());
        }
    }

    @Test
    void readsDepartmentsFromDepartmentExport() {
        String json =
                "{\"department\":[{\"id\":2,\"name\":\"广州研发中心\",\"name_en\":\"RDGZ\",\"parentid\":1,\"order\":10},"
                        + "{\"id\":3,\"name\":\"邮箱产品部\",\"name_en\":\"mail\",\"parentid\":2,\"order\":40}]}";
        try (Stream<Department> departments = exports.readDepartments(serve(json), KEY)) {
            assertEquals(List.of(2L, 3L), departments.map(Department::id).toList());
        }
    }

    @Test
    void readsTagMembersFromTagExport() {
        String json =
                "{\"tagname\":\"乒乓球协会\",\"userlist\":[{\"userid\":\"zhangsan\",\"name\":\"李四\"}],\"partylist\":[2]}";
        try (Stream<TagMembers> files = exports.readTagMembers(serve(json), KEY)) {
            TagMembers members = files.findFirst().orElseThrow();
            assertEquals("乒乓球协会", members.tagName());
            assertEquals(List.of(2L), members.departmentIds());
        }
    }

    @Test
    void openDecryptedStripsAFullBlockOfPadding() throws IOException {
        String plain = "x".repeat(64);
        ExportResult result = serve(plain);
        try (InputStream in = exports.openDecrypted(result.dataList().get(0), KEY)) {
            assertArrayEquals(plain.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void failsWhenTheMd5DoesNotMatch() {
        byte[] body = encrypt(usersJson(0, 2));
        fileHost.enqueue(new MockResponse.Builder()
                .code(200)
                .body(new Buffer().write(body))
                .build());
        ExportResult result = new ExportResult(
                2,
                List.of(new ExportFile(
                        fileHost.baseUrl() + "export/file0", body.length, "00000000000000000000000000000000", null)),
                null);
        try (Stream<SimpleUser> users = exports.readSimpleUsers(result, KEY)) {
            WeComResponseException e = assertThrows(WeComResponseException.class, users::toList);
            assertTrue(e.getMessage().contains("MD5"), e.getMessage());
        }
    }

    @Test
    void failsWithAWrongKeyWithoutEchoingEitherKey() {
        ExportResult result = serve(usersJson(0, 2));
        String other = "A".repeat(43);
        try (Stream<SimpleUser> users = exports.readSimpleUsers(result, other)) {
            WeComResponseException e = assertThrows(WeComResponseException.class, users::toList);
            assertFalse(e.getMessage().contains(other), e.getMessage());
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
        }
    }

    @Test
    void expiredDownloadUrlSurfacesAsHttpException() {
        fileHost.enqueue(new MockResponse.Builder().code(403).body("expired").build());
        ExportFile file = new ExportFile(fileHost.baseUrl() + "export/file0?sign=abc", 32, null, null);
        WeComHttpException e = assertThrows(WeComHttpException.class, () -> exports.openDecrypted(file, KEY));
        assertEquals(403, e.statusCode());
        assertFalse(e.getMessage().contains("sign=abc"), e.getMessage());
    }

    @Test
    void refusesToReadAnUnfinishedExport() {
        assertThrows(
                WeComValidationException.class,
                () -> exports.readSimpleUsers(new ExportResult(1, List.of(), null), KEY));
        assertEquals(0, wecom.pendingRequests());
    }

    private static String usersJson(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "{\"userid\":\"user" + i + "\",\"name\":\"成员" + i + "\",\"department\":[1,2]}")
                .collect(Collectors.joining(",", "{\"userlist\":[", "]}"));
    }

    /** Enqueues each plaintext encrypted as WeCom does and returns a finished result pointing at them. */
    private ExportResult serve(String... plaintexts) {
        List<ExportFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < plaintexts.length; i++) {
            byte[] body = encrypt(plaintexts[i]);
            fileHost.enqueue(new MockResponse.Builder()
                    .code(200)
                    .body(new Buffer().write(body))
                    .build());
            files.add(new ExportFile(fileHost.baseUrl() + "export/file" + i, body.length, md5(body), null));
        }
        return new ExportResult(2, files, null);
    }

    /** WeCom's documented scheme: AES-256-CBC, key = Base64(aeskey + "="), IV = key[0..16), PKCS#7 to 32. */
    private static byte[] encrypt(String plaintext) {
        try {
            byte[] key = Base64.getDecoder().decode(KEY + "=");
            byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
            int pad = 32 - plain.length % 32;
            byte[] padded = Arrays.copyOf(plain, plain.length + pad);
            Arrays.fill(padded, plain.length, padded.length, (byte) pad);
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return cipher.doFinal(padded);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String md5(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void downloadsGoThroughTheClientAndItsListener() {
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.github.wecomsdk.core.WeComListener listener = new io.github.wecomsdk.core.WeComListener() {
            @Override
            public void callStart(CallInfo call) {
                seen.add(call.method() + " " + call.path());
            }
        };
        Exports viaListener =
                Contacts.of(wecom.clientBuilder().listener(listener).build()).exports();
        ExportResult result = serve(usersJson(0, 1));
        try (Stream<SimpleUser> users = viaListener.readSimpleUsers(result, KEY)) {
            assertEquals(1, users.count());
        }
        assertTrue(seen.stream().anyMatch(line -> line.contains("/export/file0")), seen.toString());
    }

    @Test
    void exportFileToStringLeavesTheSignedQueryOut() {
        String text = new ExportFile("https://files.example/export?sign=secret-sig", 1, "m", null).toString();
        assertFalse(text.contains("secret-sig"), text);
    }
}
