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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The address book of the fake corp: departments, members and tags, with WeCom's checks and answer
 * shapes ([90205]-[90216], [95350], [95351], [96067]). Guarded by the fake's lock.
 */
final class Directory {

    static final long ROOT_DEPARTMENT = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern USERID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_\\-@.]{0,63}");
    private static final Pattern BAD_DEPARTMENT_CHARS = Pattern.compile("[\\\\:*?\"<>|]");
    private static final List<String> WRITABLE_USER_FIELDS = List.of("name", "alias", "mobile", "department",
            "order", "position", "gender", "email", "biz_mail", "is_leader_in_dept", "direct_leader", "enable",
            "avatar_mediaid", "telephone", "address", "main_department", "extattr", "external_profile",
            "external_position", "nickname");
    private static final List<String> USER_VIEW_FIELDS = List.of("userid", "name", "department", "order",
            "position", "mobile", "gender", "email", "biz_mail", "is_leader_in_dept", "direct_leader",
            "telephone", "alias", "address", "main_department", "extattr", "status", "external_position",
            "external_profile");
    private static final int MAX_DEPARTMENTS_PER_USER = 100;
    private static final int MAX_BATCH_DELETE = 200;
    private static final int MAX_TAG_USERS_PER_CALL = 1000;
    private static final int MAX_TAG_PARTIES_PER_CALL = 100;
    private static final int MAX_LIST_ID_LIMIT = 10_000;

    private static final class Tag {
        String name;
        final Set<String> users = new LinkedHashSet<>();
        final Set<Long> parties = new LinkedHashSet<>();

        Tag(String name) {
            this.name = name;
        }
    }

    private final Map<Long, ObjectNode> departments = new LinkedHashMap<>();
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final Map<Long, Tag> tags = new TreeMap<>();

    Directory(String rootName) {
        ObjectNode root = NODES.objectNode();
        root.put("id", ROOT_DEPARTMENT);
        root.put("name", rootName);
        root.put("parentid", 0L);
        root.put("order", 100_000_000L);
        departments.put(ROOT_DEPARTMENT, root);
    }

    /** Forgets every member, tag and department but a fresh root. */
    void reset(String rootName) {
        departments.clear();
        users.clear();
        tags.clear();
        ObjectNode root = NODES.objectNode();
        root.put("id", ROOT_DEPARTMENT);
        root.put("name", rootName);
        root.put("parentid", 0L);
        root.put("order", 100_000_000L);
        departments.put(ROOT_DEPARTMENT, root);
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

    /** Creates or changes a department from a body shaped like department/create's (batch jobs). */
    void upsertDepartment(JsonNode body) {
        Long id = number(body, "id", 60123);
        ObjectNode existing = id == null ? null : departments.get(id);
        if (existing == null) {
            addDepartment(body);
            return;
        }
        if (id == ROOT_DEPARTMENT) {
            return;
        }
        Long parent = number(body, "parentid", 60004);
        if (parent != null) {
            requireParentFor(id, parent);
        }
        String name = text(body, "name");
        if (name != null) {
            existing.put("name", departmentName(name));
        }
        if (parent != null) {
            existing.put("parentid", parent);
        }
        if (body.hasNonNull("order")) {
            existing.put("order", order(body));
        }
    }

    /** Deletes a department with WeCom's checks (60005 members, 60006 children, 60007 root). */
    void removeDepartment(long id) {
        if (!departments.containsKey(id)) {
            throw new ApiError(60003, "department not found: id " + id);
        }
        if (id == ROOT_DEPARTMENT) {
            throw new ApiError(60007, "not allowed to delete the root department");
        }
        if (departments.values().stream().anyMatch(d -> d.path("parentid").asLong() == id)) {
            throw new ApiError(60006, "department " + id + " has sub-departments");
        }
        if (users.values().stream().anyMatch(u -> departmentsOf(u).contains(id))) {
            throw new ApiError(60005, "department " + id + " has members");
        }
        departments.remove(id);
        tags.values().forEach(tag -> tag.parties.remove(id));
    }

    /** Every department id, in creation order. */
    List<Long> departmentIds() {
        return new ArrayList<>(departments.keySet());
    }

    // ---------------------------------------------------------------- departments

    Reply createDepartment(FakeRequest request) {
        long id = addDepartment(request.json());
        return Reply.json(Reply.ok("created").put("id", id));
    }

    long addDepartment(JsonNode body) {
        String name = departmentName(text(body, "name"));
        Long parent = number(body, "parentid", 60004);
        if (parent == null || !departments.containsKey(parent)) {
            throw new ApiError(60004, "parent department not found: parentid " + parent);
        }
        Long id = number(body, "id", 60123);
        if (id != null) {
            if (id <= ROOT_DEPARTMENT || id > Integer.MAX_VALUE) {
                throw new ApiError(60123, "invalid department id: id must be greater than 1 and fit int32; got " + id);
            }
            if (departments.containsKey(id)) {
                throw new ApiError(60008, "department existed: id " + id);
            }
        } else {
            id = departments.keySet().stream().mapToLong(Long::longValue).max().orElse(ROOT_DEPARTMENT) + 1;
        }
        requireUniqueName(name, parent, id);
        ObjectNode department = NODES.objectNode();
        department.put("id", id);
        department.put("name", name);
        String nameEn = text(body, "name_en");
        if (nameEn != null) {
            department.put("name_en", departmentName(nameEn));
        }
        department.put("parentid", parent);
        department.put("order", order(body));
        departments.put(id, department);
        return id;
    }

    private static String departmentName(String name) {
        if (name == null || name.codePointCount(0, name.length()) > 64) {
            throw new ApiError(60001, "invalid department name length: 1 to 64 characters");
        }
        if (BAD_DEPARTMENT_CHARS.matcher(name).find()) {
            throw new ApiError(60009, "department name contains one of \\:*?\"<>|");
        }
        return name;
    }

    private static long order(JsonNode body) {
        Long order = number(body, "order", 40058);
        if (order == null) {
            return 0;
        }
        if (order < 0 || order >= (1L << 32)) {
            throw new ApiError(40058, "invalid order: it must be in [0, 2^32)");
        }
        return order;
    }

    private void requireUniqueName(String name, long parent, long self) {
        for (ObjectNode sibling : departments.values()) {
            if (sibling.path("parentid").asLong() == parent && sibling.path("id").asLong() != self
                    && sibling.path("name").asText().equals(name)) {
                throw new ApiError(60008, "department existed: name " + name + " is taken under parentid " + parent);
            }
        }
    }

    Reply updateDepartment(FakeRequest request) {
        ObjectNode body = request.json();
        Long id = number(body, "id", 60003);
        ObjectNode department = id == null ? null : departments.get(id);
        if (department == null) {
            throw new ApiError(60003, "department not found: id " + id);
        }
        long parent = department.path("parentid").asLong();
        Long newParent = number(body, "parentid", 60004);
        if (newParent != null && newParent != parent) {
            requireParentFor(id, newParent);
            parent = newParent;
        }
        String name = text(body, "name");
        name = name == null ? department.path("name").asText() : departmentName(name);
        requireUniqueName(name, parent, id);
        department.put("name", name);
        String nameEn = text(body, "name_en");
        if (nameEn != null) {
            department.put("name_en", departmentName(nameEn));
        }
        if (id != ROOT_DEPARTMENT) {
            department.put("parentid", parent);
        }
        if (body.hasNonNull("order")) {
            department.put("order", order(body));
        }
        return Reply.json(Reply.ok("updated"));
    }

    /** A new parent must exist (60004) and be neither {@code id} nor below it, nor the root's (60010). */
    private void requireParentFor(long id, long parent) {
        if (!departments.containsKey(parent)) {
            throw new ApiError(60004, "parent department not found: parentid " + parent);
        }
        if (id == ROOT_DEPARTMENT || parent == id || isDescendant(parent, id)) {
            throw new ApiError(60010, "department loop: " + parent + " is department " + id + " or below it");
        }
    }

    private boolean isDescendant(long candidate, long ancestor) {
        long current = candidate;
        while (current != 0) {
            ObjectNode node = departments.get(current);
            if (node == null) {
                return false;
            }
            long parent = node.path("parentid").asLong();
            if (parent == ancestor) {
                return true;
            }
            current = parent;
        }
        return false;
    }

    Reply deleteDepartment(FakeRequest request) {
        Long id = request.numberParam("id", 60003);
        if (id == null) {
            throw new ApiError(60003, "department not found: id missing");
        }
        removeDepartment(id);
        return Reply.json(Reply.ok("deleted"));
    }

    Reply listDepartments(FakeRequest request) {
        ArrayNode list = NODES.arrayNode();
        subtree(readableDepartment(request.numberParam("id", 60123), true))
                .forEach(id -> list.add(departmentView(id)));
        ObjectNode answer = Reply.ok("ok");
        answer.set("department", list);
        return Reply.json(answer);
    }

    Reply simpleListDepartments(FakeRequest request) {
        ArrayNode list = NODES.arrayNode();
        for (long id : subtree(readableDepartment(request.numberParam("id", 60123), true))) {
            ObjectNode department = departments.get(id);
            ObjectNode item = list.addObject();
            item.put("id", id);
            item.put("parentid", department.path("parentid").asLong());
            item.put("order", department.path("order").asLong());
        }
        ObjectNode answer = Reply.ok("ok");
        answer.set("department_id", list);
        return Reply.json(answer);
    }

    Reply getDepartment(FakeRequest request) {
        long id = readableDepartment(request.numberParam("id", 60123), false);
        ObjectNode answer = Reply.ok("ok");
        answer.set("department", departmentView(id));
        return Reply.json(answer);
    }

    private long readableDepartment(Long id, boolean rootIfAbsent) {
        if (id == null && rootIfAbsent) {
            return ROOT_DEPARTMENT;
        }
        if (id == null || !departments.containsKey(id)) {
            throw new ApiError(60123, "invalid department id: " + id);
        }
        return id;
    }

    /** The department and every department below it, siblings by descending order as WeCom sorts. */
    private List<Long> subtree(long top) {
        List<Long> ids = new ArrayList<>();
        collect(top, ids);
        return ids;
    }

    private void collect(long id, List<Long> into) {
        into.add(id);
        departments.values().stream()
                .filter(d -> d.path("parentid").asLong() == id && d.path("id").asLong() != id)
                .sorted(Comparator.comparingLong((ObjectNode d) -> -d.path("order").asLong())
                        .thenComparingLong(d -> d.path("id").asLong()))
                .forEach(d -> collect(d.path("id").asLong(), into));
    }

    ObjectNode departmentView(long id) {
        ObjectNode department = departments.get(id);
        ObjectNode view = NODES.objectNode();
        view.put("id", id);
        view.put("name", department.path("name").asText());
        if (department.has("name_en")) {
            view.put("name_en", department.path("name_en").asText());
        }
        ArrayNode leaders = view.putArray("department_leader");
        for (ObjectNode user : users.values()) {
            List<Long> ids = departmentsOf(user);
            JsonNode leaderFlags = user.path("is_leader_in_dept");
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) == id && leaderFlags.path(i).asInt() == 1) {
                    leaders.add(user.path("userid").asText());
                }
            }
        }
        view.put("parentid", department.path("parentid").asLong());
        view.put("order", department.path("order").asLong());
        return view;
    }

    boolean hasDepartment(long id) {
        return departments.containsKey(id);
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
            throw new ApiError(40003, "invalid userid " + userid + ": 1 to 64 bytes of letters, digits and _-@.,"
                    + " starting with a letter or digit");
        }
    }

    private static String key(String userid) {
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
            throw new ApiError(60110, "too many departments: a member belongs to at most "
                    + MAX_DEPARTMENTS_PER_USER);
        }
        for (long id : ids) {
            if (!departments.containsKey(id)) {
                throw new ApiError(60003, "department not found: id " + id);
            }
        }
        ArrayNode departmentArray = next.putArray("department");
        ids.forEach(departmentArray::add);
        alignToDepartments(next, "order", ids.size(), departmentsChanged && !body.hasNonNull("order"), 40058);
        alignToDepartments(next, "is_leader_in_dept", ids.size(),
                departmentsChanged && !body.hasNonNull("is_leader_in_dept"), 60132);
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
        for (Tag tag : tags.values()) {
            if (tag.users.remove(key(from))) {
                tag.users.add(key(to));
            }
        }
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
        tags.values().forEach(tag -> tag.users.remove(key(userid)));
    }

    Reply batchDeleteUsers(FakeRequest request) {
        List<String> ids = texts(request.json(), "useridlist", 40031);
        if (ids == null || ids.isEmpty()) {
            throw new ApiError(40031, "invalid userid list: useridlist is empty");
        }
        if (ids.size() > MAX_BATCH_DELETE) {
            throw new ApiError(40032, "invalid userid list size: at most " + MAX_BATCH_DELETE + " per call; got "
                    + ids.size());
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
        if (id == null || !departments.containsKey(id)) {
            throw new ApiError(60123, "invalid department_id: " + id);
        }
        Set<Long> scope = "1".equals(request.param("fetch_child"))
                ? new LinkedHashSet<>(subtree(id)) : Set.of(id);
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
        Long limit = number(body, "limit", 40058);
        if (limit == null) {
            limit = (long) MAX_LIST_ID_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIST_ID_LIMIT) {
            throw new ApiError(40058, "invalid limit: 1 to " + MAX_LIST_ID_LIMIT + "; got " + limit);
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode user : users.values()) {
            for (long department : departmentsOf(user)) {
                ObjectNode row = NODES.objectNode();
                row.put("userid", user.path("userid").asText());
                row.put("department", department);
                rows.add(row);
            }
        }
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), limit.intValue(), 50100);
        ObjectNode answer = Reply.ok("ok");
        answer.put("next_cursor", page.nextCursor());
        answer.putArray("dept_user").addAll(page.items());
        return Reply.json(answer);
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
        Set<Long> scope = new LinkedHashSet<>(subtree(department));
        Set<String> members = new LinkedHashSet<>();
        for (ObjectNode user : users.values()) {
            if (departmentsOf(user).stream().anyMatch(scope::contains)) {
                members.add(user.path("userid").asText());
            }
        }
        return members;
    }

    // ---------------------------------------------------------------- tags

    Reply createTag(FakeRequest request) {
        ObjectNode body = request.json();
        String name = tagName(text(body, "tagname"));
        Long id = number(body, "tagid", 40068);
        if (id != null) {
            if (id < 0 || id > Integer.MAX_VALUE) {
                throw new ApiError(40068, "invalid tagid " + id + ": a non-negative int32");
            }
            if (tags.containsKey(id)) {
                throw new ApiError(40068, "invalid tagid: tag " + id + " already exists");
            }
        } else {
            id = tags.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        }
        requireUniqueTagName(name, id);
        tags.put(id, new Tag(name));
        return Reply.json(Reply.ok("created").put("tagid", id));
    }

    private static String tagName(String name) {
        if (name == null || name.codePointCount(0, name.length()) > 32) {
            throw new ApiError(40072, "invalid tagname length: 1 to 32 characters");
        }
        return name;
    }

    private void requireUniqueTagName(String name, long self) {
        tags.forEach((id, tag) -> {
            if (id != self && tag.name.equals(name)) {
                throw new ApiError(40071, "invalid tagname: " + name + " is taken by tag " + id);
            }
        });
    }

    Reply updateTag(FakeRequest request) {
        ObjectNode body = request.json();
        long id = existingTagId(number(body, "tagid", 40068));
        String name = tagName(text(body, "tagname"));
        requireUniqueTagName(name, id);
        tags.get(id).name = name;
        return Reply.json(Reply.ok("updated"));
    }

    private long existingTagId(Long id) {
        if (id == null || !tags.containsKey(id)) {
            throw new ApiError(40068, "invalid tagid: " + (id == null ? "tagid missing" : "no tag " + id));
        }
        return id;
    }

    Reply deleteTag(FakeRequest request) {
        tags.remove(existingTagId(request.numberParam("tagid", 40068)));
        return Reply.json(Reply.ok("deleted"));
    }

    Reply getTag(FakeRequest request) {
        long id = existingTagId(request.numberParam("tagid", 40068));
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(tagView(id));
        return Reply.json(answer);
    }

    Reply addTagUsers(FakeRequest request) {
        return changeTagMembers(request, true);
    }

    Reply deleteTagUsers(FakeRequest request) {
        return changeTagMembers(request, false);
    }

    private Reply changeTagMembers(FakeRequest request, boolean add) {
        ObjectNode body = request.json();
        Tag tag = tags.get(existingTagId(number(body, "tagid", 40068)));
        List<String> userlist = texts(body, "userlist", 40058);
        List<Long> partylist = numbers(body, "partylist", 40058);
        userlist = userlist == null ? List.of() : userlist;
        partylist = partylist == null ? List.of() : partylist;
        if (userlist.isEmpty() && partylist.isEmpty()) {
            throw new ApiError(40035, "invalid parameter: userlist and partylist are both empty");
        }
        if (userlist.size() > MAX_TAG_USERS_PER_CALL || partylist.size() > MAX_TAG_PARTIES_PER_CALL) {
            throw new ApiError(81014, "too many members in one call: at most " + MAX_TAG_USERS_PER_CALL
                    + " users and " + MAX_TAG_PARTIES_PER_CALL + " departments");
        }
        List<String> invalidUsers = new ArrayList<>();
        List<Long> invalidParties = new ArrayList<>();
        List<String> validUsers = new ArrayList<>();
        List<Long> validParties = new ArrayList<>();
        for (String userid : userlist) {
            if (users.containsKey(key(userid))) {
                validUsers.add(key(userid));
            } else {
                invalidUsers.add(userid);
            }
        }
        for (long party : partylist) {
            if (departments.containsKey(party)) {
                validParties.add(party);
            } else {
                invalidParties.add(party);
            }
        }
        if (validUsers.isEmpty() && validParties.isEmpty()) {
            throw add ? new ApiError(40070, "all the users and departments given are invalid")
                    : new ApiError(40031, "invalid userid list: all the users and departments given are invalid");
        }
        if (add) {
            tag.users.addAll(validUsers);
            tag.parties.addAll(validParties);
        } else {
            validUsers.forEach(tag.users::remove);
            validParties.forEach(tag.parties::remove);
        }
        ObjectNode answer = Reply.ok(add ? "ok" : "deleted");
        if (!invalidUsers.isEmpty()) {
            answer.put("invalidlist", String.join("|", invalidUsers));
        }
        if (!invalidParties.isEmpty()) {
            ArrayNode parties = answer.putArray("invalidparty");
            invalidParties.forEach(parties::add);
        }
        return Reply.json(answer);
    }

    Reply listTags(FakeRequest request) {
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("taglist");
        tags.forEach((id, tag) -> {
            ObjectNode item = list.addObject();
            item.put("tagid", id);
            item.put("tagname", tag.name);
        });
        return Reply.json(answer);
    }

    /** The members of a tag: its users and everyone in or below its departments; {@code null} if no tag. */
    Set<String> tagMembers(long tagid) {
        Tag tag = tags.get(tagid);
        if (tag == null) {
            return null;
        }
        Set<String> members = new LinkedHashSet<>();
        tag.users.forEach(k -> members.add(users.get(k).path("userid").asText()));
        tag.parties.forEach(party -> members.addAll(membersBelow(party)));
        return members;
    }

    /** The tag as {@code tag/get} shows it (without the envelope); {@code null} if there is no such tag. */
    ObjectNode tagView(long tagid) {
        Tag tag = tags.get(tagid);
        if (tag == null) {
            return null;
        }
        ObjectNode view = NODES.objectNode();
        view.put("tagname", tag.name);
        ArrayNode userlist = view.putArray("userlist");
        for (String member : tag.users) {
            ObjectNode user = users.get(member);
            ObjectNode item = userlist.addObject();
            item.put("userid", user.path("userid").asText());
            item.put("name", user.path("name").asText());
        }
        ArrayNode partylist = view.putArray("partylist");
        tag.parties.forEach(partylist::add);
        return view;
    }
}
