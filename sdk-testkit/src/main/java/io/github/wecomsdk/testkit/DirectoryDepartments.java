package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.Directory.ROOT_DEPARTMENT;
import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The departments of the fake corp's address book ({@code department/create, update, delete, list,
 * simplelist, get}): the tree under root 1 with WeCom's checks and answer shapes. Guarded by the fake's lock.
 */
final class DirectoryDepartments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern BAD_DEPARTMENT_CHARS = Pattern.compile("[\\\\:*?\"<>|]");

    private final Directory directory;
    private final Map<Long, ObjectNode> departments = new LinkedHashMap<>();

    DirectoryDepartments(Directory directory, String rootName) {
        this.directory = directory;
        reset(rootName);
    }

    /** Forgets every department but a fresh root. */
    void reset(String rootName) {
        departments.clear();
        ObjectNode root = NODES.objectNode();
        root.put("id", ROOT_DEPARTMENT);
        root.put("name", rootName);
        root.put("parentid", 0L);
        root.put("order", 100_000_000L);
        departments.put(ROOT_DEPARTMENT, root);
    }

    /** Copies the departments; running the result puts the copies back. */
    Runnable snapshot() {
        Map<Long, ObjectNode> copy = new LinkedHashMap<>();
        departments.forEach((id, department) -> copy.put(id, department.deepCopy()));
        return () -> {
            departments.clear();
            departments.putAll(copy);
        };
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
        if (directory.hasMembersIn(id)) {
            throw new ApiError(60005, "department " + id + " has members");
        }
        departments.remove(id);
        directory.tags().forgetDepartment(id);
    }

    /** Every department id, in creation order. */
    List<Long> departmentIds() {
        return new ArrayList<>(departments.keySet());
    }

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
            if (sibling.path("parentid").asLong() == parent
                    && sibling.path("id").asLong() != self
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
        subtree(readableDepartment(request.numberParam("id", 60123), true)).forEach(id -> list.add(departmentView(id)));
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
    List<Long> subtree(long top) {
        List<Long> ids = new ArrayList<>();
        collect(top, ids);
        return ids;
    }

    private void collect(long id, List<Long> into) {
        into.add(id);
        departments.values().stream()
                .filter(d -> d.path("parentid").asLong() == id && d.path("id").asLong() != id)
                .sorted(Comparator.comparingLong(
                                (ObjectNode d) -> -d.path("order").asLong())
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
        directory.leadersOf(id).forEach(leaders::add);
        view.put("parentid", department.path("parentid").asLong());
        view.put("order", department.path("order").asLong());
        return view;
    }

    boolean hasDepartment(long id) {
        return departments.containsKey(id);
    }
}
