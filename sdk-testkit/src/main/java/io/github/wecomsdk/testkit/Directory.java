package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.numbers;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address book of the fake corp: its members, with WeCom's checks and answer shapes ([90205]-[90216],
 * [95350], [95351], [96067]), and the {@link DirectoryDepartments departments} and {@link DirectoryTags tags}
 * they belong to; the other families ask it about all three. Guarded by the fake's lock.
 */
final class Directory {

    static final long ROOT_DEPARTMENT = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern USERID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_\\-@.]{0,63}");
    private static final List<String> WRITABLE_USER_FIELDS = List.of(
            "name",
            "alias",
            "mobile",
            "department",
            "order",
            "position",
            "gender",
            "email",
            "biz_mail",
            "is_leader_in_dept",
            "direct_leader",
            "enable",
            "avatar_mediaid",
            "telephone",
            "address",
            "main_department",
            "extattr",
            "external_profile",
            "external_position",
            "nickname");
    private static final List<String> USER_VIEW_FIELDS = List.of(
            "userid",
            "name",
            "department",
            "order",
            "position",
            "mobile",
            "gender",
            "email",
            "biz_mail",
            "is_leader_in_dept",
            "direct_leader",
            "telephone",
            "alias",
            "address",
            "main_department",
            "extattr",
            "status",
            "external_position",
            "external_profile");
    private static final int MAX_DEPARTMENTS_PER_USER = 100;
    private static final int MAX_BATCH_DELETE = 200;
    private static final int MAX_LIST_ID_LIMIT = 10_000;

    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final DirectoryDepartments departments;
    private final DirectoryTags tags;

    Directory(String rootName) {
        this.departments = new DirectoryDepartments(this, rootName);
        this.tags = new DirectoryTags(this);
    }

    /** The departments, for their endpoints. */
    DirectoryDepartments departments() {
        return departments;
    }

    /** The tags, for their endpoints. */
    DirectoryTags tags() {
        return tags;
    }

    /** Forgets every member, tag and department but a fresh root. */
    void reset(String rootName) {
        departments.reset(rootName);
        users.clear();
        tags.reset();
    }

    /** Copies departments, members and tags; running the result puts the copies back. */
    Runnable snapshot() {
        Runnable departmentsBack = departments.snapshot();
        Runnable tagsBack = tags.snapshot();
        Map<String, ObjectNode> usersCopy = new LinkedHashMap<>();
        users.forEach((key, user) -> usersCopy.put(key, user.deepCopy()));
        return () -> {
            departmentsBack.run();
            tagsBack.run();
            users.clear();
            users.putAll(usersCopy);
        };
    }

    /** Creates or changes a member from a body shaped like user/create's (batch jobs). */
    void upsertUser(JsonNode body) {
        String userid = text(body, "userid");
        ObjectNode existing = findUser(userid);
        if (existing == null) {
            addUser(body);
        } else {
            users.put(key(userid), merge(existing, body, existing.path("userid").asText()));
        }
    }

    /** Removes a member, as user/delete does. */
    void deleteUserQuietly(String userid) {
        ObjectNode user = findUser(userid);
        if (user != null) {
            removeUser(user.path("userid").asText());
        }
    }

    /** Sets a member's status (1 active, 2 disabled, 4 not yet active, 5 exited), for seeding. */
    void setStatus(String userid, int status) {
        existingUser(userid).put("status", status);
    }

    /** Adds a member from {@code user/get}'s fields, {@code status} included, for seeding; all or nothing. */
    void addUserWithStatus(ObjectNode fields) {
        ObjectNode body = fields.deepCopy();
        JsonNode status = body.remove("status");
        addUser(body);
        if (status != null) {
            setStatus(body.path("userid").asText(), status.asInt());
        }
    }

    /** Adds a member with the email {@code <userid>@example.com}, in the root if no department, for seeding. */
    void addUser(String userid, String name, long... departments) {
        ObjectNode body = NODES.objectNode();
        body.put("userid", userid);
        body.put("name", name);
        body.put("email", userid + "@example.com");
        ArrayNode ids = body.putArray("department");
        if (departments.length == 0) {
            ids.add(ROOT_DEPARTMENT);
        }
        for (long department : departments) {
            ids.add(department);
        }
        addUser(body);
    }

    // ---------------------------------------------------------------- departments and tags for the other families

    void upsertDepartment(JsonNode body) {
        departments.upsertDepartment(body);
    }

    void removeDepartment(long id) {
        departments.removeDepartment(id);
    }

    long addDepartment(JsonNode body) {
        return departments.addDepartment(body);
    }

    /** Adds a department as department/create would, for seeding. */
    void addDepartment(long id, String name, long parentId) {
        ObjectNode body = NODES.objectNode();
        body.put("id", id);
        body.put("name", name);
        body.put("parentid", parentId);
        departments.addDepartment(body);
    }

    List<Long> departmentIds() {
        return departments.departmentIds();
    }

    boolean hasDepartment(long id) {
        return departments.hasDepartment(id);
    }

    ObjectNode departmentView(long id) {
        return departments.departmentView(id);
    }

    /** The userids of the members who lead a department, in member order. */
    List<String> leadersOf(long id) {
        List<String> leaders = new ArrayList<>();
        for (ObjectNode user : users.values()) {
            List<Long> ids = departmentsOf(user);
            JsonNode leaderFlags = user.path("is_leader_in_dept");
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) == id && leaderFlags.path(i).asInt() == 1) {
                    leaders.add(user.path("userid").asText());
                }
            }
        }
        return leaders;
    }

    /** Whether any member is in the department itself. */
    boolean hasMembersIn(long id) {
        return users.values().stream().anyMatch(u -> departmentsOf(u).contains(id));
    }

    Set<String> tagMembers(long tagid) {
        return tags.tagMembers(tagid);
    }

    ObjectNode tagView(long tagid) {
        return tags.tagView(tagid);
    }

    // ---------------------------------------------------------------- users

    Reply createUser(FakeRequest request) {
        addUser(request.json());
        return Reply.json(Reply.ok("created"));
    }

    void addUser(JsonNode body) {
        String userid = text(body, "userid");
        if (userid == null) {
            throw new ApiError(41009, "userid missing");
        }
        requireValidUserid(userid);
        if (users.containsKey(key(userid))) {
            throw new ApiError(60102, "userid existed: " + userid);
        }
        ObjectNode user = NODES.objectNode();
        user.put("userid", userid);
        ObjectNode merged = merge(user, body, userid);
        users.put(key(userid), merged);
    }

    private static void requireValidUserid(String userid) {
        if (!USERID.matcher(userid).matches() || userid.getBytes(StandardCharsets.UTF_8).length > 64) {
            throw new ApiError(
                    40003,
                    "invalid userid " + userid + ": 1 to 64 bytes of letters, digits and _-@.,"
                            + " starting with a letter or digit");
        }
    }

    static String key(String userid) {
        return userid.toLowerCase(Locale.ROOT);
    }

    /** Applies the writable fields of {@code body} to a copy of {@code user}, checked as WeCom checks them. */
    private ObjectNode merge(ObjectNode user, JsonNode body, String userid) {
        ObjectNode next = user.deepCopy();
        for (String field : WRITABLE_USER_FIELDS) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull()) {
                next.set(field, value.deepCopy());
            }
        }
        String name = text(next, "name");
        if (name == null || name.codePointCount(0, name.length()) > 64) {
            throw new ApiError(60112, "invalid name: 1 to 64 characters");
        }
        String mobile = text(next, "mobile");
        String email = text(next, "email");
        if (mobile == null && email == null) {
            throw new ApiError(60129, "mobile and email are both empty: set at least one");
        }
        for (ObjectNode other : users.values()) {
            if (key(other.path("userid").asText()).equals(key(userid))) {
                continue;
            }
            if (mobile != null && mobile.equals(text(other, "mobile"))) {
                throw new ApiError(60104, "mobile existed: it belongs to another member");
            }
            if (email != null && email.equalsIgnoreCase(String.valueOf(text(other, "email")))) {
                throw new ApiError(60106, "email existed: it belongs to another member");
            }
        }
        boolean departmentsChanged = body.hasNonNull("department");
        List<Long> ids = numbers(next, "department", 60003);
        if (ids == null || ids.isEmpty()) {
            ids = List.of(ROOT_DEPARTMENT);
        }
        if (ids.size() > MAX_DEPARTMENTS_PER_USER) {
            throw new ApiError(60110, "too many departments: a member belongs to at most " + MAX_DEPARTMENTS_PER_USER);
        }
        for (long id : ids) {
            if (!departments.hasDepartment(id)) {
                throw new ApiError(60003, "department not found: id " + id);
            }
        }
        ArrayNode departmentArray = next.putArray("department");
        ids.forEach(departmentArray::add);
        alignToDepartments(next, "order", ids.size(), departmentsChanged && !body.hasNonNull("order"), 40058);
        alignToDepartments(
                next,
                "is_leader_in_dept",
                ids.size(),
                departmentsChanged && !body.hasNonNull("is_leader_in_dept"),
                60132);
        Long main = number(next, "main_department", 40058);
        if (main == null || !ids.contains(main)) {
            if (main != null && body.hasNonNull("main_department")) {
                throw new ApiError(40058, "invalid main_department " + main + ": it must be one of department");
            }
            next.put("main_department", ids.get(0));
        }
        List<String> leaders = texts(next, "direct_leader", 40058);
        if (leaders == null) {
            next.putArray("direct_leader");
        } else {
            if (leaders.size() > 1) {
                throw new ApiError(40058, "invalid direct_leader: at most 1 leader");
            }
            for (String leader : leaders) {
                if (!users.containsKey(key(leader))) {
                    throw new ApiError(60111, "userid not found: direct_leader " + leader);
                }
            }
        }
        String gender = text(next, "gender");
        if (gender != null && !List.of("0", "1", "2").contains(gender)) {
            throw new ApiError(40058, "invalid gender: \"1\" male or \"2\" female");
        }
        next.put("gender", gender == null ? "0" : gender);
        Long enable = number(next, "enable", 40058);
        int status = next.path("status").asInt(4);
        next.put("status", enable != null && enable == 0 ? 2 : status == 2 || status == 0 ? 4 : status);
        return next;
    }

    private static void alignToDepartments(ObjectNode user, String field, int size, boolean reset, int errcode) {
        List<Long> values = reset ? null : numbers(user, field, errcode);
        if (values == null) {
            ArrayNode zeros = user.putArray(field);
            for (int i = 0; i < size; i++) {
                zeros.add(0);
            }
        } else if (values.size() != size) {
            throw new ApiError(errcode, field + " has " + values.size() + " values but department has " + size);
        }
    }

    private static List<Long> departmentsOf(JsonNode user) {
        List<Long> ids = numbers(user, "department", 60003);
        return ids == null ? List.of() : ids;
    }

    Reply getUser(FakeRequest request) {
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(userView(existingUser(request.param("userid"))));
        return Reply.json(answer);
    }

    private ObjectNode existingUser(String userid) {
        if (userid == null) {
            throw new ApiError(41009, "userid missing");
        }
        ObjectNode user = users.get(key(userid));
        if (user == null) {
            throw new ApiError(60111, "userid not found: " + userid);
        }
        return user;
    }

    Reply updateUser(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode user = existingUser(text(body, "userid"));
        String userid = user.path("userid").asText();
        String newUserid = text(body, "new_userid");
        if (newUserid != null && !key(newUserid).equals(key(userid))) {
            requireValidUserid(newUserid);
            if (users.containsKey(key(newUserid))) {
                throw new ApiError(60102, "userid existed: " + newUserid);
            }
        }
        ObjectNode merged = merge(user, body, userid);
        if (newUserid != null) {
            merged.put("userid", newUserid);
            rename(userid, newUserid, merged);
        } else {
            users.put(key(userid), merged);
        }
        return Reply.json(Reply.ok("updated"));
    }

    private void rename(String from, String to, ObjectNode user) {
        Map<String, ObjectNode> renamed = new LinkedHashMap<>();
        users.forEach((k, v) -> renamed.put(k.equals(key(from)) ? key(to) : k, k.equals(key(from)) ? user : v));
        users.clear();
        users.putAll(renamed);
        tags.renameUser(key(from), key(to));
        for (ObjectNode other : users.values()) {
            JsonNode leaders = other.path("direct_leader");
            for (int i = 0; i < leaders.size(); i++) {
                if (key(leaders.get(i).asText()).equals(key(from))) {
                    ((ArrayNode) leaders).set(i, NODES.textNode(to));
                }
            }
        }
    }

    Reply deleteUser(FakeRequest request) {
        ObjectNode user = existingUser(request.param("userid"));
        removeUser(user.path("userid").asText());
        return Reply.json(Reply.ok("deleted"));
    }

    private void removeUser(String userid) {
        users.remove(key(userid));
        tags.forgetUser(key(userid));
    }

    Reply batchDeleteUsers(FakeRequest request) {
        List<String> ids = texts(request.json(), "useridlist", 40031);
        if (ids == null || ids.isEmpty()) {
            throw new ApiError(40031, "invalid userid list: useridlist is empty");
        }
        if (ids.size() > MAX_BATCH_DELETE) {
            throw new ApiError(
                    40032, "invalid userid list size: at most " + MAX_BATCH_DELETE + " per call; got " + ids.size());
        }
        for (String id : ids) {
            existingUser(id);
        }
        ids.forEach(this::removeUser);
        return Reply.json(Reply.ok("deleted"));
    }

    Reply simpleListUsers(FakeRequest request) {
        ArrayNode list = NODES.arrayNode();
        for (ObjectNode user : membersOf(request)) {
            ObjectNode item = list.addObject();
            item.put("userid", user.path("userid").asText());
            item.put("name", user.path("name").asText());
            item.set("department", user.path("department").deepCopy());
        }
        ObjectNode answer = Reply.ok("ok");
        answer.set("userlist", list);
        return Reply.json(answer);
    }

    Reply listUsers(FakeRequest request) {
        ArrayNode list = NODES.arrayNode();
        membersOf(request).forEach(user -> list.add(userView(user)));
        ObjectNode answer = Reply.ok("ok");
        answer.set("userlist", list);
        return Reply.json(answer);
    }

    private List<ObjectNode> membersOf(FakeRequest request) {
        Long id = request.numberParam("department_id", 60123);
        if (id == null || !departments.hasDepartment(id)) {
            throw new ApiError(60123, "invalid department_id: " + id);
        }
        Set<Long> scope =
                "1".equals(request.param("fetch_child")) ? new LinkedHashSet<>(departments.subtree(id)) : Set.of(id);
        List<ObjectNode> members = new ArrayList<>();
        for (ObjectNode user : users.values()) {
            if (departmentsOf(user).stream().anyMatch(scope::contains)) {
                members.add(user);
            }
        }
        return members;
    }

    Reply listUserIds(FakeRequest request) {
        ObjectNode body = request.json();
        int limit = Cursors.limit(body, "limit", MAX_LIST_ID_LIMIT, MAX_LIST_ID_LIMIT);
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode user : users.values()) {
            for (long department : departmentsOf(user)) {
                ObjectNode row = NODES.objectNode();
                row.put("userid", user.path("userid").asText());
                row.put("department", department);
                rows.add(row);
            }
        }
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), limit, 50100);
        return Cursors.reply(page, "dept_user");
    }

    ObjectNode userView(ObjectNode user) {
        ObjectNode view = NODES.objectNode();
        for (String field : USER_VIEW_FIELDS) {
            JsonNode value = user.get(field);
            if (value != null && !value.isNull()) {
                view.set(field, value.deepCopy());
            }
        }
        return view;
    }

    ObjectNode findUser(String userid) {
        return userid == null ? null : users.get(key(userid));
    }

    List<String> userIds() {
        return users.values().stream().map(u -> u.path("userid").asText()).toList();
    }

    /** Every member in any of the departments or below them. */
    Set<String> membersBelow(long department) {
        Set<Long> scope = new LinkedHashSet<>(departments.subtree(department));
        Set<String> members = new LinkedHashSet<>();
        for (ObjectNode user : users.values()) {
            if (departmentsOf(user).stream().anyMatch(scope::contains)) {
                members.add(user.path("userid").asText());
            }
        }
        return members;
    }
}
