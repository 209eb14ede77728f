package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The families and tools added to {@link FakeWeCom} beyond the address book, messages and media it began
 * with: external contacts, batch jobs, exports, the smaller endpoints, faults and callbacks; and the
 * {@code change_contact} events that address-book writes through the API emit.
 */
final class FakeParts {

    private final Directory directory;
    private final MediaStore media;
    private final String rootName;
    final FakeExternalContacts externalContacts;
    final FakeBatchJobs batchJobs;
    final FakeExports exports;
    final FakeExtras extras;
    final Faults faults;
    final FakeCallbacks callbacks;

    FakeParts(
            Object lock,
            Directory directory,
            MediaStore media,
            Messaging messaging,
            Clock clock,
            String corpId,
            long agentId,
            ObjectMapper mapper,
            Supplier<String> baseUrl) {
        this.directory = directory;
        this.media = media;
        this.rootName =
                directory.departmentView(Directory.ROOT_DEPARTMENT).path("name").asText();
        this.externalContacts = new FakeExternalContacts(lock, directory, clock);
        this.callbacks = new FakeCallbacks(corpId, agentId, clock);
        this.batchJobs = new FakeBatchJobs(directory, media, callbacks);
        this.exports = new FakeExports(directory, mapper, baseUrl);
        this.extras = new FakeExtras(lock, directory, media, messaging, clock, baseUrl);
        this.faults = new Faults(clock);
    }

    /** Every route of the added families, by path. */
    Map<String, FakeRoute> routes() {
        Map<String, FakeRoute> routes = new LinkedHashMap<>();
        routes.putAll(externalContacts.routes());
        routes.putAll(batchJobs.routes());
        routes.putAll(exports.routes());
        routes.putAll(extras.routes());
        return routes;
    }

    private final Map<Long, List<String>> allowedPrefixes = new HashMap<>();

    void restrict(long agentId, String... prefixes) {
        for (String prefix : prefixes) {
            if (prefix == null || !prefix.startsWith("/")) {
                throw new IllegalArgumentException("a path prefix starts with /; got " + prefix);
            }
        }
        allowedPrefixes.put(agentId, List.of(prefixes));
    }

    /** 48002 when the token's app is restricted to other families. */
    void checkAllowed(Tokens.App app, String path) {
        List<String> allowed = app == null ? null : allowedPrefixes.get(app.agentId());
        if (allowed != null && allowed.stream().noneMatch(path::startsWith)) {
            throw new ApiError(
                    48002,
                    "api forbidden: the secret of app " + app.agentId() + " may not call " + path
                            + "; use the secret of the family that may (contacts sync, customer contact or the app's own)");
        }
    }

    /** A file the fake serves outside the API (export results, uploadimg images), or {@code null}. */
    Reply openFile(String path) {
        if (path.startsWith(FakeExports.FILE_PATH)) {
            return exports.file(path);
        }
        if (path.startsWith(FakeExtras.IMAGE_PATH)) {
            return extras.image(path);
        }
        return null;
    }

    /** Forgets the state of the address book, media and the added families; keeps apps and tokens. */
    void reset() {
        directory.reset(rootName);
        media.reset();
        externalContacts.reset();
        batchJobs.reset();
        exports.reset();
        extras.reset();
        faults.clear();
        callbacks.clear();
        callbacks.unregister();
    }

    void close() {
        callbacks.close();
    }

    // ---------------------------------------------------------------- change_contact events

    /** The handler of an address-book path, emitting the change_contact event WeCom sends after it. */
    Function<FakeRequest, Reply> withEvents(String path, Function<FakeRequest, Reply> handler) {
        return switch (path) {
            case "/cgi-bin/user/create" ->
                request -> {
                    Reply reply = handler.apply(request);
                    emitUser("create_user", text(request.json(), "userid"), null, null);
                    return reply;
                };
            case "/cgi-bin/user/update" ->
                request -> {
                    String userid = text(request.json(), "userid");
                    Reply reply = handler.apply(request);
                    String newUserid = text(request.json(), "new_userid");
                    emitUser("update_user", newUserid == null ? userid : newUserid, userid, request.json());
                    return reply;
                };
            case "/cgi-bin/user/delete" ->
                request -> {
                    Reply reply = handler.apply(request);
                    emit("delete_user", "UserID", request.param("userid"));
                    return reply;
                };
            case "/cgi-bin/user/batchdelete" ->
                request -> {
                    Reply reply = handler.apply(request);
                    List<String> ids = texts(request.json(), "useridlist", 40031);
                    if (ids != null) {
                        ids.forEach(id -> emit("delete_user", "UserID", id));
                    }
                    return reply;
                };
            case "/cgi-bin/department/create" ->
                request -> {
                    Reply reply = handler.apply(request);
                    long id = reply.json().path("id").asLong();
                    JsonNode department = directory.departmentView(id);
                    emit(
                            "create_party",
                            "Id",
                            Long.toString(id),
                            "Name",
                            department.path("name").asText(),
                            "ParentId",
                            department.path("parentid").asText(),
                            "Order",
                            department.path("order").asText());
                    return reply;
                };
            case "/cgi-bin/department/update" ->
                request -> {
                    Reply reply = handler.apply(request);
                    ObjectNode body = request.json();
                    emit(
                            "update_party",
                            "Id",
                            text(body, "id"),
                            "Name",
                            text(body, "name"),
                            "ParentId",
                            text(body, "parentid"));
                    return reply;
                };
            case "/cgi-bin/department/delete" ->
                request -> {
                    Reply reply = handler.apply(request);
                    emit("delete_party", "Id", request.param("id"));
                    return reply;
                };
            default -> handler;
        };
    }

    private void emit(String changeType, String... pairs) {
        String[] all = new String[pairs.length + 2];
        all[0] = "ChangeType";
        all[1] = changeType;
        System.arraycopy(pairs, 0, all, 2, pairs.length);
        callbacks.emit(callbacks.event("sys", "change_contact", FakeCallbacks.fields(all), false));
    }

    /** create_user carries the member's fields; update_user the userid, NewUserID and the fields sent. */
    private void emitUser(String changeType, String userid, String oldUserid, ObjectNode body) {
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            return;
        }
        JsonNode view = directory.userView(user);
        boolean all = body == null;
        boolean renamed = oldUserid != null && !oldUserid.equalsIgnoreCase(userid);
        Map<String, String> fields = FakeCallbacks.fields(
                "ChangeType", changeType,
                "UserID", renamed ? oldUserid : view.path("userid").asText(),
                "NewUserID", renamed ? view.path("userid").asText() : null,
                "Name", pick(view, body, all, "name"),
                "Department", all || has(body, "department") ? joined(view.path("department")) : null,
                "MainDepartment", pick(view, body, all, "main_department"),
                "IsLeaderInDept", all || has(body, "is_leader_in_dept") ? joined(view.path("is_leader_in_dept")) : null,
                "DirectLeader", all || has(body, "direct_leader") ? joined(view.path("direct_leader")) : null,
                "Position", pick(view, body, all, "position"),
                "Mobile", pick(view, body, all, "mobile"),
                "Gender", pick(view, body, all, "gender"),
                "Email", pick(view, body, all, "email"),
                "BizMail", pick(view, body, all, "biz_mail"),
                "Status", all || has(body, "enable") ? view.path("status").asText() : null,
                "Alias", pick(view, body, all, "alias"),
                "Telephone", pick(view, body, all, "telephone"),
                "Address", pick(view, body, all, "address"));
        callbacks.emit(callbacks.event("sys", "change_contact", fields, false));
    }

    private static boolean has(ObjectNode body, String field) {
        return body != null && body.hasNonNull(field);
    }

    private static String pick(JsonNode view, ObjectNode body, boolean all, String field) {
        if (!all && !has(body, field)) {
            return null;
        }
        JsonNode value = view.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String joined(JsonNode array) {
        StringBuilder text = new StringBuilder();
        array.forEach(item -> text.append(text.length() == 0 ? "" : ",").append(item.asText()));
        return text.toString();
    }
}
