package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Address-book exports ({@code export/simple_user}, {@code user}, {@code department}, {@code taguser}
 * and {@code export/get_result}) with their result files encrypted as WeCom does: AES-256-CBC with the
 * caller's {@code encoding_aeskey} (Base64 of the 43 characters plus {@code =}; IV the key's first 16
 * bytes; PKCS#7 padding to 32-byte blocks), the MD5 of the encrypted file in {@code md5}, served without
 * a token under {@code /export-files/}. Each file holds at most {@code block_size} records (WeCom:
 * 10,000 to 1,000,000, default 1,000,000). The export is done by the first {@code get_result}.
 * Guarded by the fake's lock.
 */
final class FakeExports {

    static final String FILE_PATH = "/export-files/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");

    private final Directory directory;
    private final ObjectMapper mapper;
    private final Supplier<String> baseUrl;
    private final Map<String, ObjectNode> jobs = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private long sequence;

    FakeExports(Directory directory, ObjectMapper mapper, Supplier<String> baseUrl) {
        this.directory = directory;
        this.mapper = mapper;
        this.baseUrl = baseUrl;
    }

    Map<String, FakeRoute> routes() {
        Map<String, FakeRoute> routes = new LinkedHashMap<>();
        routes.put("/cgi-bin/export/simple_user", FakeRoute.post(r -> start(r, "simple_user")));
        routes.put("/cgi-bin/export/user", FakeRoute.post(r -> start(r, "user")));
        routes.put("/cgi-bin/export/department", FakeRoute.post(r -> start(r, "department")));
        routes.put("/cgi-bin/export/taguser", FakeRoute.post(r -> start(r, "taguser")));
        routes.put("/cgi-bin/export/get_result", FakeRoute.get(this::result));
        return routes;
    }

    /** Serves {@code /export-files/<name>}; the fake routes every path below it here. */
    Reply file(String path) {
        byte[] content = files.get(path.substring(FILE_PATH.length()));
        if (content == null) {
            return Reply.bytes(
                    404,
                    "no such export file".getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "text/plain; charset=UTF-8"));
        }
        return Reply.bytes(200, content, Map.of("Content-Type", "application/octet-stream"));
    }

    void reset() {
        jobs.clear();
        files.clear();
    }

    private Reply start(FakeRequest request, String kind) {
        ObjectNode body = request.json();
        String key = text(body, "encoding_aeskey");
        if (key == null || !AES_KEY.matcher(key).matches()) {
            throw new ApiError(40058, "invalid encoding_aeskey: 43 characters of a-z, A-Z, 0-9");
        }
        Long blockSize = number(body, "block_size", 40058);
        long block = blockSize == null ? 1_000_000 : blockSize;
        if (block < 10_000 || block > 1_000_000) {
            throw new ApiError(40058, "invalid block_size: 10000 to 1000000; got " + block);
        }
        List<List<JsonNode>> chunks = new ArrayList<>();
        String arrayField;
        ObjectNode single = null;
        switch (kind) {
            case "simple_user" -> {
                arrayField = "userlist";
                chunks = chunk(simpleUsers(), block);
            }
            case "user" -> {
                arrayField = "userlist";
                List<JsonNode> users = new ArrayList<>();
                for (String userid : directory.userIds()) {
                    users.add(directory.userView(directory.findUser(userid)));
                }
                chunks = chunk(users, block);
            }
            case "department" -> {
                arrayField = "department";
                List<JsonNode> departments = new ArrayList<>();
                for (long id : directory.departmentIds()) {
                    departments.add(directory.departmentView(id));
                }
                chunks = chunk(departments, block);
            }
            default -> {
                arrayField = null;
                Long tagId = number(body, "tagid", 40068);
                single = tagId == null ? null : directory.tagView(tagId);
                if (single == null) {
                    throw new ApiError(40068, "invalid tagid: " + tagId);
                }
                single.put("tagid", tagId);
            }
        }
        ArrayNode dataList = NODES.arrayNode();
        if (arrayField == null) {
            dataList.add(store(single, key));
        } else {
            if (chunks.isEmpty()) {
                chunks.add(List.of());
            }
            for (List<JsonNode> chunk : chunks) {
                ObjectNode content = NODES.objectNode();
                ArrayNode array = content.putArray(arrayField);
                chunk.forEach(array::add);
                dataList.add(store(content, key));
            }
        }
        String jobId = "fakeexport" + Long.toHexString(0x10000 + (++sequence));
        ObjectNode result = Reply.ok("ok");
        result.put("status", 2);
        result.set("data_list", dataList);
        jobs.put(jobId, result);
        ObjectNode answer = Reply.ok("ok");
        answer.put("jobid", jobId);
        return Reply.json(answer);
    }

    private List<JsonNode> simpleUsers() {
        List<JsonNode> users = new ArrayList<>();
        for (String userid : directory.userIds()) {
            ObjectNode user = directory.findUser(userid);
            ObjectNode item = NODES.objectNode();
            item.put("userid", user.path("userid").asText());
            item.put("name", user.path("name").asText());
            item.set("department", user.path("department").deepCopy());
            users.add(item);
        }
        return users;
    }

    private static List<List<JsonNode>> chunk(List<JsonNode> all, long block) {
        List<List<JsonNode>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += (int) block) {
            chunks.add(all.subList(i, (int) Math.min(all.size(), i + block)));
        }
        return chunks;
    }

    private ObjectNode store(ObjectNode content, String key) {
        byte[] plain;
        try {
            plain = mapper.writeValueAsBytes(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        byte[] encrypted = encrypt(plain, key);
        String name = "export-" + (++sequence) + ".bin";
        files.put(name, encrypted);
        ObjectNode file = NODES.objectNode();
        file.put("url", baseUrl.get() + FILE_PATH + name);
        file.put("size", encrypted.length);
        file.put("md5", md5(encrypted));
        return file;
    }

    /** WeCom's export encryption; the inverse of what the contacts module's Exports decrypts. */
    static byte[] encrypt(byte[] plain, String encodingAesKey) {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        int pad = 32 - plain.length % 32;
        byte[] padded = Arrays.copyOf(plain, plain.length + pad);
        Arrays.fill(padded, plain.length, padded.length, (byte) pad);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return cipher.doFinal(padded);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/NoPadding is not available", e);
        }
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    private Reply result(FakeRequest request) {
        String jobId = request.param("jobid");
        ObjectNode result = jobId == null ? null : jobs.get(jobId);
        if (result == null) {
            throw new ApiError(40088, "invalid jobid: " + jobId);
        }
        return Reply.json(result.deepCopy());
    }
}
