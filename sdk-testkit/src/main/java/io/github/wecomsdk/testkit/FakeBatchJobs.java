package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.numbers;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Asynchronous address-book jobs: {@code batch/syncuser}, {@code batch/replaceuser} and
 * {@code batch/replaceparty} read a CSV uploaded with {@code media/upload} (type file), {@code
 * batch/getresult} reports per row, {@code batch/invite} records invitations. Jobs run when submitted and
 * are done (status 3) by the first {@code getresult}; their end emits {@code batch_job_result} through
 * {@link FakeCallbacks}, to the job's own {@code callback} URL if it gave one. Only the 5 newest results
 * are kept (40089 for older), as WeCom does. Guarded by the fake's lock.
 *
 * <p>The CSV has a header row. Member columns, by WeCom's template name or field name: 姓名/name,
 * 帐号/账号/userid, 手机号/mobile, 邮箱/email, 所在部门/department (department ids separated by
 * {@code ;}), 职务/position, 性别/gender (男/1, 女/2), 别名/alias, 座机/telephone. Department columns:
 * 部门名称/name, 部门ID/id, 父部门ID/parentid, 排序/order.
 */
final class FakeBatchJobs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int KEPT_RESULTS = 5;
    private static final Map<String, String> USER_COLUMNS = Map.ofEntries(
            Map.entry("姓名", "name"),
            Map.entry("帐号", "userid"),
            Map.entry("账号", "userid"),
            Map.entry("手机号", "mobile"),
            Map.entry("邮箱", "email"),
            Map.entry("所在部门", "department"),
            Map.entry("职务", "position"),
            Map.entry("性别", "gender"),
            Map.entry("别名", "alias"),
            Map.entry("座机", "telephone"));
    private static final Map<String, String> PARTY_COLUMNS =
            Map.of("部门名称", "name", "部门id", "id", "父部门id", "parentid", "排序", "order");

    private final Directory directory;
    private final MediaStore media;
    private final FakeCallbacks callbacks;
    private final Map<String, ObjectNode> results = new LinkedHashMap<>();
    private final Set<String> cleared = new HashSet<>();
    private final List<JsonNode> invitations = new ArrayList<>();
    private long sequence;

    FakeBatchJobs(Directory directory, MediaStore media, FakeCallbacks callbacks) {
        this.directory = directory;
        this.media = media;
        this.callbacks = callbacks;
    }

    Map<String, FakeRoute> routes() {
        Map<String, FakeRoute> routes = new LinkedHashMap<>();
        routes.put("/cgi-bin/batch/syncuser", FakeRoute.post(r -> userJob(r, false)));
        routes.put("/cgi-bin/batch/replaceuser", FakeRoute.post(r -> userJob(r, true)));
        routes.put("/cgi-bin/batch/replaceparty", FakeRoute.post(this::partyJob));
        routes.put("/cgi-bin/batch/getresult", FakeRoute.get(this::result));
        routes.put("/cgi-bin/batch/invite", FakeRoute.post(this::invite));
        return routes;
    }

    void reset() {
        results.clear();
        cleared.clear();
        invitations.clear();
    }

    List<JsonNode> invitations() {
        return invitations.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    private Reply userJob(FakeRequest request, boolean replace) {
        ObjectNode body = request.json();
        List<Map<String, String>> rows = csv(body, USER_COLUMNS);
        ArrayNode outcome = NODES.arrayNode();
        Set<String> listed = new HashSet<>();
        for (Map<String, String> row : rows) {
            String userid = row.get("userid");
            ObjectNode entry = outcome.addObject();
            entry.put("userid", userid == null ? "" : userid);
            try {
                ObjectNode user = NODES.objectNode();
                row.forEach((field, value) -> {
                    if (field.equals("department")) {
                        ArrayNode ids = user.putArray("department");
                        for (String id : value.split("[;,]")) {
                            if (!id.isBlank()) {
                                ids.add(parseLong(id.strip()));
                            }
                        }
                    } else if (field.equals("gender")) {
                        user.put("gender", value.equals("男") ? "1" : value.equals("女") ? "2" : value);
                    } else {
                        user.put(field, value);
                    }
                });
                directory.upsertUser(user);
                listed.add(userid.toLowerCase(Locale.ROOT));
                entry.put("errcode", 0);
                entry.put("errmsg", "ok");
            } catch (ApiError error) {
                entry.put("errcode", error.errcode());
                entry.put("errmsg", error.getMessage());
                if (userid != null) {
                    listed.add(userid.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (replace) {
            for (String userid : directory.userIds()) {
                if (!listed.contains(userid.toLowerCase(Locale.ROOT))) {
                    directory.deleteUserQuietly(userid);
                }
            }
        }
        return finish(body, replace ? "replace_user" : "sync_user", rows.size(), outcome);
    }

    private Reply partyJob(FakeRequest request) {
        ObjectNode body = request.json();
        List<Map<String, String>> rows = csv(body, PARTY_COLUMNS);
        ArrayNode outcome = NODES.arrayNode();
        Set<Long> listed = new HashSet<>();
        listed.add(Directory.ROOT_DEPARTMENT);
        for (Map<String, String> row : rows) {
            ObjectNode entry = outcome.addObject();
            try {
                ObjectNode party = NODES.objectNode();
                row.forEach((field, value) -> {
                    if (field.equals("name")) {
                        party.put(field, value);
                    } else {
                        party.put(field, parseLong(value));
                    }
                });
                long id = party.path("id").asLong();
                entry.put("action", directory.hasDepartment(id) ? 2 : 1);
                entry.put("partyid", id);
                directory.upsertDepartment(party);
                listed.add(id);
                entry.put("errcode", 0);
                entry.put("errmsg", "ok");
            } catch (ApiError error) {
                entry.put("errcode", error.errcode());
                entry.put("errmsg", error.getMessage());
            }
        }
        List<Long> absent = new ArrayList<>(directory.departmentIds());
        absent.removeAll(listed);
        boolean removed = true;
        while (removed && !absent.isEmpty()) {
            removed = false;
            for (Long id : new ArrayList<>(absent)) {
                try {
                    directory.removeDepartment(id);
                    absent.remove(id);
                    removed = true;
                    ObjectNode entry = outcome.addObject();
                    entry.put("action", 3);
                    entry.put("partyid", id);
                    entry.put("errcode", 0);
                    entry.put("errmsg", "ok");
                } catch (ApiError stillUsed) {
                    // retried after its children are gone; reported below if it stays
                }
            }
        }
        for (Long id : absent) {
            ObjectNode entry = outcome.addObject();
            entry.put("action", 3);
            entry.put("partyid", id);
            entry.put("errcode", 60005);
            entry.put("errmsg", "department " + id + " is not in the file but still has members");
        }
        return finish(body, "replace_party", rows.size(), outcome);
    }

    private Reply finish(ObjectNode body, String type, int total, ArrayNode outcome) {
        String jobId = "fakejob" + Long.toHexString(0x10000 + (++sequence));
        ObjectNode result = Reply.ok("ok");
        result.put("status", 3);
        result.put("type", type);
        result.put("total", total);
        result.put("percentage", 100);
        result.set("result", outcome);
        results.put(jobId, result);
        while (results.size() > KEPT_RESULTS) {
            String oldest = results.keySet().iterator().next();
            results.remove(oldest);
            cleared.add(oldest);
        }
        JsonNode callback = body.path("callback");
        String[] target = null;
        if (text(callback, "url") != null
                && text(callback, "token") != null
                && text(callback, "encodingaeskey") != null) {
            target = new String[] {text(callback, "url"), text(callback, "token"), text(callback, "encodingaeskey")};
        }
        callbacks.emit(
                callbacks
                        .event("sys", "batch_job_result", Map.of(), false)
                        .replace(
                                "</xml>",
                                "<BatchJob><JobId><![CDATA[" + jobId + "]]></JobId><JobType><![CDATA[" + type
                                        + "]]></JobType><ErrCode>0</ErrCode><ErrMsg><![CDATA[ok]]></ErrMsg></BatchJob></xml>"),
                target);
        ObjectNode answer = Reply.ok("ok");
        answer.put("jobid", jobId);
        return Reply.json(answer);
    }

    private Reply result(FakeRequest request) {
        String jobId = request.param("jobid");
        if (jobId == null) {
            throw new ApiError(40088, "jobid missing");
        }
        ObjectNode result = results.get(jobId);
        if (result == null) {
            throw cleared.contains(jobId)
                    ? new ApiError(40089, "the result was cleared: only the 5 newest jobs are kept")
                    : new ApiError(40088, "invalid jobid: " + jobId);
        }
        return Reply.json(result.deepCopy());
    }

    private Reply invite(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> users = texts(body, "user", 40031);
        List<Long> parties = numbers(body, "party", 60123);
        List<Long> tags = numbers(body, "tag", 40068);
        if ((users == null || users.isEmpty())
                && (parties == null || parties.isEmpty())
                && (tags == null || tags.isEmpty())) {
            throw new ApiError(82001, "user, party and tag are all empty");
        }
        if (users != null && users.size() > 1000) {
            throw new ApiError(40032, "invalid userid list size: at most 1000 users per call; got " + users.size());
        }
        if (parties != null && parties.size() > 100) {
            throw new ApiError(82002, "invalid partyid list size: at most 100 per call; got " + parties.size());
        }
        if (tags != null && tags.size() > 100) {
            throw new ApiError(82003, "invalid tagid list size: at most 100 per call; got " + tags.size());
        }
        ObjectNode answer = Reply.ok("ok");
        ArrayNode invalidUsers = answer.putArray("invaliduser");
        ArrayNode invalidParties = answer.putArray("invalidparty");
        ArrayNode invalidTags = answer.putArray("invalidtag");
        if (users != null) {
            users.stream().filter(u -> directory.findUser(u) == null).forEach(invalidUsers::add);
        }
        if (parties != null) {
            parties.stream().filter(p -> !directory.hasDepartment(p)).forEach(invalidParties::add);
        }
        if (tags != null) {
            tags.stream().filter(t -> directory.tagView(t) == null).forEach(invalidTags::add);
        }
        invitations.add(body.deepCopy());
        return Reply.json(answer);
    }

    private List<Map<String, String>> csv(ObjectNode body, Map<String, String> columns) {
        String mediaId = text(body, "media_id");
        if (mediaId == null) {
            throw new ApiError(41006, "media_id missing");
        }
        FakeMedia file = media.find(mediaId);
        if (file == null) {
            throw new ApiError(40007, "invalid media_id: unknown or older than 3 days");
        }
        String text = new String(file.content(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = parseCsv(text);
        if (lines.isEmpty()) {
            throw new ApiError(40092, "invalid file: the CSV has no header row");
        }
        List<String> fields = new ArrayList<>();
        for (String header : lines.get(0)) {
            String name = header.strip();
            String mapped = columns.get(name.toLowerCase(Locale.ROOT));
            if (mapped == null) {
                mapped = columns.get(name);
            }
            if (mapped == null && columns.containsValue(name.toLowerCase(Locale.ROOT))) {
                mapped = name.toLowerCase(Locale.ROOT);
            }
            fields.add(mapped);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < line.size() && i < fields.size(); i++) {
                if (fields.get(i) != null && !line.get(i).isBlank()) {
                    row.put(fields.get(i), line.get(i).strip());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 CSV: commas, double quotes with doubled quotes inside, CRLF or LF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !line.isEmpty()) {
            line.add(cell.toString());
            lines.add(line);
        }
        return lines;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiError(40092, "invalid file content: " + value + " is not a number");
        }
    }
}
