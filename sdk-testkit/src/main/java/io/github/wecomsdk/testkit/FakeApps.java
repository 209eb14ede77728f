package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * App management: {@code agent/get}, {@code agent/list}, {@code agent/set} [90227, 90228], the custom
 * menu {@code menu/create, get, delete} [90231-90233] and the workbench {@code agent/set_workbench_template,
 * get_workbench_template, set_workbench_data, batch_set_workbench_data, get_workbench_data} [92535].
 *
 * <p>Every app the fake knows has an agent record, visible to the whole corp (department 1) until a test
 * sets its visible range. A token may only act on its own app: another app's agentid gets 301002, an
 * agentid that is no app 40056. Menus are checked with WeCom's menu errcodes (40016 to 40027, 41102,
 * 45034); workbench data must go to members in the app's visible range (60111 unknown, 60021 outside), and
 * {@code set_workbench_data} allows 10 calls a minute per member per app (45009). Guarded by the fake's lock.
 */
final class FakeApps {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> KEY_TYPES = Set.of(
            "click",
            "scancode_push",
            "scancode_waitmsg",
            "pic_sysphoto",
            "pic_photo_or_album",
            "pic_weixin",
            "location_select");
    private static final Set<String> DATA_TYPES = Set.of("keydata", "image", "list", "webview");
    private static final int MAX_BATCH_USERS = 1000;
    private static final int DATA_CALLS_PER_MINUTE = 10;

    private final Directory directory;
    private final LongPredicate appExists;
    private final Clock clock;
    private final Map<Long, ObjectNode> agents = new LinkedHashMap<>();
    private final Map<Long, ArrayNode> menus = new HashMap<>();
    private final Map<Long, ObjectNode> templates = new HashMap<>();
    private final Map<Long, Map<String, ObjectNode>> userData = new HashMap<>();
    private final Map<String, Deque<Instant>> dataCalls = new HashMap<>();
    private final Set<String> verifiedDomains = new HashSet<>();
    private final Map<Long, String> names = new HashMap<>();

    FakeApps(Directory directory, LongPredicate appExists, Clock clock) {
        this.directory = directory;
        this.appExists = appExists;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- seeding and inspection

    /** The agent record of an app the fake knows, made on first use. */
    ObjectNode agent(long agentId) {
        if (!appExists.test(agentId)) {
            return null;
        }
        return agents.computeIfAbsent(agentId, id -> {
            ObjectNode agent = NODES.objectNode();
            agent.put("agentid", id);
            agent.put("name", names.getOrDefault(id, "App " + id));
            agent.put("square_logo_url", "https://p.qlogo.cn/fakewecom/" + id + "/0");
            agent.put("description", "An app of the fake corp");
            agent.putObject("allow_userinfos").putArray("user");
            agent.putObject("allow_partys").putArray("partyid").add(Directory.ROOT_DEPARTMENT);
            agent.putObject("allow_tags").putArray("tagid");
            agent.put("close", 0);
            agent.put("redirect_domain", "");
            agent.put("report_location_flag", 0);
            agent.put("isreportenter", 0);
            agent.put("home_url", "");
            return agent;
        });
    }

    void name(long agentId, String name) {
        names.put(agentId, name);
        agent(agentId).put("name", name);
    }

    /**
     * Forgets what the corp did with its apps: agent records go back to what a new app shows (the name
     * given when it was added stays), menus, workbench templates and data, the data rate windows, visible
     * ranges and verified redirect domains.
     */
    void reset() {
        agents.clear();
        menus.clear();
        templates.clear();
        userData.clear();
        dataCalls.clear();
        verifiedDomains.clear();
    }

    void visibleRange(
            long agentId, Collection<String> userIds, Collection<Long> departmentIds, Collection<Long> tagIds) {
        ObjectNode agent = agent(agentId);
        ArrayNode users = agent.putObject("allow_userinfos").putArray("user");
        userIds.forEach(userId -> users.addObject().put("userid", userId));
        ArrayNode parties = agent.putObject("allow_partys").putArray("partyid");
        departmentIds.forEach(parties::add);
        ArrayNode tags = agent.putObject("allow_tags").putArray("tagid");
        tagIds.forEach(tags::add);
    }

    void verifyDomain(String domain) {
        verifiedDomains.add(domain.toLowerCase(Locale.ROOT));
    }

    ObjectNode agentView(long agentId) {
        ObjectNode agent = agent(agentId);
        return agent == null ? null : agent.deepCopy();
    }

    ObjectNode menuView(long agentId) {
        ArrayNode buttons = menus.get(agentId);
        if (buttons == null) {
            return null;
        }
        ObjectNode view = NODES.objectNode();
        view.set("button", buttons.deepCopy());
        return view;
    }

    ObjectNode templateView(long agentId) {
        ObjectNode template = templates.get(agentId);
        return template == null ? null : template.deepCopy();
    }

    ObjectNode userDataView(long agentId, String userId) {
        ObjectNode data = userData.getOrDefault(agentId, Map.of()).get(userId.toLowerCase(Locale.ROOT));
        return data == null ? null : data.deepCopy();
    }

    // ---------------------------------------------------------------- agents

    Reply getAgent(FakeRequest request, Tokens.App app) {
        long agentId = ownAgent(agentIdParam(request), app);
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(agent(agentId).deepCopy());
        return Reply.json(answer);
    }

    Reply listAgents(FakeRequest request, Tokens.App app) {
        ObjectNode agent = agent(app.agentId());
        ObjectNode answer = Reply.ok("ok");
        ObjectNode item = answer.putArray("agentlist").addObject();
        item.put("agentid", app.agentId());
        item.set("name", agent.get("name"));
        item.set("square_logo_url", agent.get("square_logo_url"));
        return Reply.json(answer);
    }

    Reply setAgent(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        long agentId = ownAgent(FakeRequest.number(body, "agentid", 40056), app);
        ObjectNode changes = NODES.objectNode();
        flag(body, "report_location_flag", 40059, changes);
        flag(body, "isreportenter", 40058, changes);
        if (body.has("name")) {
            String name = text(body, "name");
            if (name == null || name.codePointCount(0, name.length()) > 32) {
                throw new ApiError(45022, "invalid name: 1 to 32 characters");
            }
            changes.put("name", name);
        }
        if (body.has("description")) {
            String description = body.path("description").asText("");
            int chars = description.codePointCount(0, description.length());
            if (chars < 4 || chars > 120) {
                throw new ApiError(45004, "invalid description size: 4 to 120 characters");
            }
            changes.put("description", description);
        }
        if (body.has("home_url")) {
            String url = text(body, "home_url");
            if (url == null || !hasHttpScheme(url)) {
                throw new ApiError(40094, "invalid URL: home_url must start with http:// or https://");
            }
            changes.put("home_url", url);
        }
        if (body.has("redirect_domain")) {
            String domain = body.path("redirect_domain").asText("");
            if (!verifiedDomains.contains(domain.toLowerCase(Locale.ROOT))) {
                throw new ApiError(85005, "domain not verified: " + domain);
            }
            changes.put("redirect_domain", domain);
        }
        if (body.has("logo_mediaid")) {
            String logo = text(body, "logo_mediaid");
            if (logo == null) {
                throw new ApiError(40007, "invalid media_id");
            }
            changes.put("square_logo_url", "https://p.qlogo.cn/fakewecom/" + agentId + "/" + logo);
        }
        agent(agentId).setAll(changes);
        return Reply.json(Reply.ok("ok"));
    }

    private static void flag(ObjectNode body, String field, int errcode, ObjectNode changes) {
        if (body.has(field)) {
            Long value = FakeRequest.number(body, field, errcode);
            if (value == null || (value != 0 && value != 1)) {
                throw new ApiError(errcode, "invalid " + field + ": 0 or 1");
            }
            changes.put(field, value.intValue());
        }
    }

    // ---------------------------------------------------------------- menus

    Reply createMenu(FakeRequest request, Tokens.App app) {
        long agentId = ownAgent(agentIdParam(request), app);
        JsonNode buttons = request.json().get("button");
        if (buttons == null || !buttons.isArray() || buttons.isEmpty() || buttons.size() > 3) {
            throw new ApiError(40016, "invalid button size: 1 to 3 buttons");
        }
        ArrayNode stored = NODES.arrayNode();
        for (JsonNode button : buttons) {
            if (!button.isObject()) {
                throw new ApiError(40017, "invalid button type");
            }
            name(button, 16, 40018);
            JsonNode children = button.get("sub_button");
            String type = text(button, "type");
            if (children != null && children.isArray() && !children.isEmpty()) {
                if (children.size() > 5) {
                    throw new ApiError(40023, "invalid sub button size: 1 to 5 buttons");
                }
                ObjectNode parent = NODES.objectNode();
                parent.put("name", text(button, "name"));
                ArrayNode storedChildren = parent.putArray("sub_button");
                for (JsonNode child : children) {
                    if (!child.isObject()) {
                        throw new ApiError(40024, "invalid sub button type");
                    }
                    JsonNode grandChildren = child.get("sub_button");
                    if (grandChildren != null && grandChildren.isArray() && !grandChildren.isEmpty()) {
                        throw new ApiError(40022, "invalid sub menu level: menus have two levels");
                    }
                    name(child, 40, 40025);
                    storedChildren.add(leaf(child, true));
                }
                stored.add(parent);
            } else if (type == null) {
                throw new ApiError(40023, "invalid sub button size: a button without type needs 1 to 5 sub buttons");
            } else {
                stored.add(leaf(button, false));
            }
        }
        menus.put(agentId, stored);
        return Reply.json(Reply.ok("ok"));
    }

    private static void name(JsonNode button, int maxBytes, int errcode) {
        String name = text(button, "name");
        if (name == null) {
            throw new ApiError(41102, "missing menu name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ApiError(errcode, "invalid button name size: at most " + maxBytes + " bytes");
        }
    }

    private static ObjectNode leaf(JsonNode button, boolean sub) {
        String type = text(button, "type");
        ObjectNode stored = NODES.objectNode();
        if (type == null || !(KEY_TYPES.contains(type) || type.equals("view") || type.equals("view_miniprogram"))) {
            throw new ApiError(sub ? 40024 : 40017, "invalid button type: " + type);
        }
        stored.put("type", type);
        stored.put("name", text(button, "name"));
        if (KEY_TYPES.contains(type)) {
            String key = text(button, "key");
            if (key == null || key.getBytes(StandardCharsets.UTF_8).length > 128) {
                throw new ApiError(sub ? 40026 : 40019, "invalid button key size: 1 to 128 bytes");
            }
            stored.put("key", key);
        } else if (type.equals("view")) {
            String url = text(button, "url");
            if (url == null || url.getBytes(StandardCharsets.UTF_8).length > 1024) {
                throw new ApiError(sub ? 40027 : 40020, "invalid button url size: 1 to 1024 bytes");
            }
            if (!hasHttpScheme(url)) {
                throw new ApiError(45034, "url must have protocol head: http:// or https://");
            }
            stored.put("url", url);
        } else {
            String appid = text(button, "appid");
            String pagepath = text(button, "pagepath");
            if (appid == null || pagepath == null) {
                throw new ApiError(40058, "invalid Request Parameter: view_miniprogram needs appid and pagepath");
            }
            stored.put("appid", appid);
            stored.put("pagepath", pagepath);
        }
        return stored;
    }

    Reply getMenu(FakeRequest request, Tokens.App app) {
        long agentId = ownAgent(agentIdParam(request), app);
        ArrayNode buttons = menus.get(agentId);
        if (buttons == null) {
            throw new ApiError(46003, "menu no exist");
        }
        ObjectNode answer = Reply.ok("ok");
        answer.set("button", buttons.deepCopy());
        return Reply.json(answer);
    }

    Reply deleteMenu(FakeRequest request, Tokens.App app) {
        long agentId = ownAgent(agentIdParam(request), app);
        menus.remove(agentId);
        return Reply.json(Reply.ok("ok"));
    }

    // ---------------------------------------------------------------- workbench

    Reply setTemplate(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        long agentId = ownAgent(FakeRequest.number(body, "agentid", 40056), app);
        String type = text(body, "type");
        if (type == null || !(DATA_TYPES.contains(type) || type.equals("normal"))) {
            throw new ApiError(40058, "invalid type: keydata, image, list, webview or normal");
        }
        ObjectNode template = NODES.objectNode();
        template.put("type", type);
        JsonNode data = body.get(type);
        if (data != null && !type.equals("normal")) {
            template.set(type, checkData(type, data));
        }
        boolean replace = body.path("replace_user_data").asBoolean(false);
        template.put("replace_user_data", replace);
        if (replace && data != null) {
            userData.remove(agentId);
        }
        templates.put(agentId, template);
        return Reply.json(Reply.ok("ok"));
    }

    Reply getTemplate(FakeRequest request, Tokens.App app) {
        long agentId = ownAgent(FakeRequest.number(request.json(), "agentid", 40056), app);
        ObjectNode answer = Reply.ok("ok");
        ObjectNode template = templates.get(agentId);
        if (template == null) {
            answer.put("type", "normal");
        } else {
            answer.setAll(template.deepCopy());
        }
        return Reply.json(answer);
    }

    Reply setData(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        long agentId = ownAgent(FakeRequest.number(body, "agentid", 40056), app);
        String userId = text(body, "userid");
        Set<String> visible = visibleMembers(agentId);
        checkMember(userId, visible);
        ObjectNode data = userData(body);
        String key = agentId + "/" + userId.toLowerCase(Locale.ROOT);
        Deque<Instant> calls = dataCalls.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant now = clock.instant();
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(now.minus(Duration.ofMinutes(1)))) {
            calls.pollFirst();
        }
        if (calls.size() >= DATA_CALLS_PER_MINUTE) {
            throw new ApiError(45009, "api freq out of limit: set_workbench_data allows 10 calls a minute per member");
        }
        calls.addLast(now);
        userData.computeIfAbsent(agentId, id -> new HashMap<>()).put(userId.toLowerCase(Locale.ROOT), data);
        return Reply.json(Reply.ok("ok"));
    }

    Reply batchSetData(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        long agentId = ownAgent(FakeRequest.number(body, "agentid", 40056), app);
        List<String> userIds = texts(body, "userid_list", 40058);
        if (userIds == null || userIds.isEmpty() || userIds.size() > MAX_BATCH_USERS) {
            throw new ApiError(40058, "invalid userid_list: 1 to " + MAX_BATCH_USERS + " userids");
        }
        JsonNode data = body.get("data");
        if (data == null || !data.isObject()) {
            throw new ApiError(40058, "invalid Request Parameter: data missing");
        }
        ObjectNode checked = userData(data);
        Set<String> visible = visibleMembers(agentId);
        for (String userId : userIds) {
            checkMember(userId, visible);
        }
        Map<String, ObjectNode> perUser = userData.computeIfAbsent(agentId, id -> new HashMap<>());
        for (String userId : userIds) {
            perUser.put(userId.toLowerCase(Locale.ROOT), checked.deepCopy());
        }
        return Reply.json(Reply.ok("ok"));
    }

    Reply getData(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        long agentId = ownAgent(FakeRequest.number(body, "agentid", 40056), app);
        String userId = text(body, "userid");
        checkMember(userId, visibleMembers(agentId));
        ObjectNode answer = Reply.ok("ok");
        ObjectNode data = userData.getOrDefault(agentId, Map.of()).get(userId.toLowerCase(Locale.ROOT));
        ObjectNode template = templates.get(agentId);
        if (data != null) {
            answer.set("data", data.deepCopy());
        } else if (template != null && template.has(template.path("type").asText())) {
            ObjectNode fallback = answer.putObject("data");
            fallback.put("type", template.path("type").asText());
            fallback.set(
                    template.path("type").asText(),
                    template.get(template.path("type").asText()).deepCopy());
        }
        return Reply.json(answer);
    }

    private static ObjectNode userData(JsonNode container) {
        String type = text(container, "type");
        if (type == null || !DATA_TYPES.contains(type)) {
            throw new ApiError(40058, "invalid type: keydata, image, list or webview");
        }
        JsonNode data = container.get(type);
        if (data == null) {
            throw new ApiError(40058, "invalid Request Parameter: the " + type + " object is missing");
        }
        ObjectNode stored = NODES.objectNode();
        stored.put("type", type);
        stored.set(type, checkData(type, data));
        return stored;
    }

    private static JsonNode checkData(String type, JsonNode data) {
        if (!data.isObject()) {
            throw new ApiError(40058, "invalid Request Parameter: " + type + " must be an object");
        }
        switch (type) {
            case "keydata" -> {
                JsonNode items = items(data, 4, type);
                for (JsonNode item : items) {
                    String value = text(item, "data");
                    if (value == null || value.codePointCount(0, value.length()) > 64) {
                        throw new ApiError(40058, "invalid keydata.items.data: 1 to 64 characters");
                    }
                }
            }
            case "list" -> {
                JsonNode items = items(data, 3, type);
                for (JsonNode item : items) {
                    String title = text(item, "title");
                    if (title == null || title.getBytes(StandardCharsets.UTF_8).length > 128) {
                        throw new ApiError(40058, "invalid list.items.title: 1 to 128 bytes");
                    }
                }
            }
            case "webview" -> {
                requireUrl(data, type);
                String height = text(data, "height");
                if (height != null && !height.equals("single_row") && !height.equals("double_row")) {
                    throw new ApiError(40058, "invalid webview.height: single_row or double_row");
                }
            }
            default -> requireUrl(data, type);
        }
        return data.deepCopy();
    }

    private static JsonNode items(JsonNode data, int max, String type) {
        JsonNode items = data.get("items");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > max) {
            throw new ApiError(40058, "invalid " + type + ".items: 1 to " + max + " items");
        }
        return items;
    }

    private static void requireUrl(JsonNode data, String type) {
        if (text(data, "url") == null) {
            throw new ApiError(40058, "invalid Request Parameter: " + type + ".url missing");
        }
    }

    // ---------------------------------------------------------------- shared

    private static Long agentIdParam(FakeRequest request) {
        return request.numberParam("agentid", 40056);
    }

    private long ownAgent(Long agentId, Tokens.App app) {
        if (agentId == null) {
            throw new ApiError(41011, "missing agentid");
        }
        if (agentId != app.agentId()) {
            if (!appExists.test(agentId)) {
                throw new ApiError(40056, "invalid agentid " + agentId);
            }
            throw new ApiError(
                    301002,
                    "not allow operate another agent with this accesstoken: the token is of app " + app.agentId()
                            + ", agentid is " + agentId);
        }
        return agentId;
    }

    /** Every member in the app's visible range, lower-cased. */
    private Set<String> visibleMembers(long agentId) {
        ObjectNode agent = agent(agentId);
        Set<String> visible = new LinkedHashSet<>();
        agent.path("allow_userinfos")
                .path("user")
                .forEach(user -> visible.add(user.path("userid").asText()));
        agent.path("allow_partys")
                .path("partyid")
                .forEach(party -> visible.addAll(directory.membersBelow(party.asLong())));
        agent.path("allow_tags").path("tagid").forEach(tag -> {
            Set<String> members = directory.tagMembers(tag.asLong());
            if (members != null) {
                visible.addAll(members);
            }
        });
        Set<String> lower = new HashSet<>();
        visible.forEach(userId -> lower.add(userId.toLowerCase(Locale.ROOT)));
        return lower;
    }

    private void checkMember(String userId, Set<String> visible) {
        if (userId == null) {
            throw new ApiError(41009, "missing userid");
        }
        if (directory.findUser(userId) == null) {
            throw new ApiError(60111, "userid not found: " + userId);
        }
        if (!visible.contains(userId.toLowerCase(Locale.ROOT))) {
            throw new ApiError(60021, "userid not in app's visible range: " + userId);
        }
    }

    private static boolean hasHttpScheme(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
