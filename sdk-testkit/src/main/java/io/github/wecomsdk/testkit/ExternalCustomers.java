package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.Directory.key;
import static io.github.wecomsdk.testkit.ExternalCommon.NODES;
import static io.github.wecomsdk.testkit.ExternalCommon.copyIfPresent;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customers and the members following them: {@code get_follow_user_list}, {@code list}, {@code get},
 * {@code batch/get_by_user} and {@code remark}, and the follows the other external-contact families read
 * and change. Guarded by the fake's lock.
 */
final class ExternalCustomers {

    private static final int FOLLOW_PAGE = 500;
    private static final int MAX_BATCH_USERIDS = 100;
    private static final int MAX_BATCH_LIMIT = 100;

    private final ExternalCommon common;
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
    /** external_userid → (lower-case userid → follow info as externalcontact/get shows it). */
    private final Map<String, Map<String, ObjectNode>> follows = new LinkedHashMap<>();

    private final Set<String> followUsers = new LinkedHashSet<>();

    ExternalCustomers(ExternalCommon common) {
        this.common = common;
    }

    void reset() {
        customers.clear();
        follows.clear();
        followUsers.clear();
    }

    /** Copies customers, follows and follow users; running the result puts the copies back. */
    Runnable snapshot() {
        Map<String, ObjectNode> customersCopy = new LinkedHashMap<>();
        customers.forEach((id, customer) -> customersCopy.put(id, customer.deepCopy()));
        Map<String, Map<String, ObjectNode>> followsCopy = new LinkedHashMap<>();
        follows.forEach((id, of) -> {
            Map<String, ObjectNode> copy = new LinkedHashMap<>();
            of.forEach((member, follow) -> copy.put(member, follow.deepCopy()));
            followsCopy.put(id, copy);
        });
        Set<String> followUsersCopy = new LinkedHashSet<>(followUsers);
        return () -> {
            customers.clear();
            customers.putAll(customersCopy);
            follows.clear();
            follows.putAll(followsCopy);
            followUsers.clear();
            followUsers.addAll(followUsersCopy);
        };
    }

    // ---------------------------------------------------------------- seeding and inspection

    /** Adds a customer; see {@link FakeExternalContacts#addCustomer(JsonNode)}. */
    void addCustomer(JsonNode externalContact) {
        if (externalContact == null || !externalContact.isObject()) {
            throw new IllegalArgumentException("externalContact must be a JSON object");
        }
        String id = text(externalContact, "external_userid");
        if (id == null || text(externalContact, "name") == null) {
            throw new IllegalArgumentException("a customer needs external_userid and name");
        }
        if (customers.containsKey(id)) {
            throw new IllegalArgumentException("customer " + id + " already exists");
        }
        ObjectNode copy = ((ObjectNode) externalContact).deepCopy();
        if (!copy.has("type")) {
            copy.put("type", 1);
        }
        customers.put(id, copy);
        follows.put(id, new LinkedHashMap<>());
    }

    /** Makes a member follow a customer; see {@link FakeExternalContacts#follow(String, JsonNode)}. */
    void follow(String externalUserid, JsonNode followInfo) {
        String userid = common.canonicalMember(text(followInfo, "userid"));
        Map<String, ObjectNode> of = existingCustomerSeed(externalUserid);
        ObjectNode info = ((ObjectNode) followInfo).deepCopy();
        info.put("userid", userid);
        if (!info.has("createtime")) {
            info.put("createtime", common.now());
        }
        for (String field : List.of("remark", "description", "remark_corp_name", "state", "oper_userid")) {
            if (!info.has(field)) {
                info.put(field, field.equals("oper_userid") ? userid : "");
            }
        }
        if (!info.has("add_way")) {
            info.put("add_way", 1);
        }
        if (!info.has("remark_mobiles")) {
            info.putArray("remark_mobiles");
        }
        if (!info.has("tags")) {
            info.putArray("tags");
        }
        of.put(key(userid), info);
        followUsers.add(userid);
    }

    /** Adds a member to {@code get_follow_user_list}; an {@link IllegalArgumentException} if unknown. */
    void addFollowUser(String userid) {
        followUsers.add(common.canonicalMember(userid));
    }

    /** Adds a member known to exist to {@code get_follow_user_list}. */
    void markFollowUser(String userid) {
        followUsers.add(userid);
    }

    /** A customer as {@code externalcontact/get} shows it, a copy; {@code null} if unknown. */
    ObjectNode view(String externalUserid) {
        ObjectNode contact = customers.get(externalUserid);
        if (contact == null) {
            return null;
        }
        ObjectNode view = NODES.objectNode();
        view.set("external_contact", contact.deepCopy());
        ArrayNode list = view.putArray("follow_user");
        follows.get(externalUserid).values().forEach(f -> list.add(f.deepCopy()));
        return view;
    }

    List<String> ids() {
        return List.copyOf(customers.keySet());
    }

    int count() {
        return customers.size();
    }

    /** The customer's stored fields, or {@code null}. */
    ObjectNode find(String externalUserid) {
        return customers.get(externalUserid);
    }

    /** Every customer's follows (external_userid → lower-case userid → follow), live, to read or change. */
    Map<String, Map<String, ObjectNode>> follows() {
        return follows;
    }

    // ---------------------------------------------------------------- endpoints

    Reply followUserList(FakeRequest request) {
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("follow_user");
        for (String userid : followUsers) {
            if (common.directory.findUser(userid) != null) {
                list.add(userid);
            }
        }
        return Reply.json(answer);
    }

    Reply list(FakeRequest request) {
        String userid = common.member(request.param("userid"));
        ObjectNode answer = Reply.ok("ok");
        ArrayNode ids = answer.putArray("external_userid");
        follows.forEach((external, of) -> {
            if (of.containsKey(key(userid))) {
                ids.add(external);
            }
        });
        if (ids.isEmpty()) {
            throw new ApiError(84061, "not external contact: " + userid + " has no customers");
        }
        return Reply.json(answer);
    }

    Reply get(FakeRequest request) {
        String external = request.param("external_userid");
        if (external == null) {
            throw new ApiError(41035, "external_userid missing");
        }
        ObjectNode contact = existingCustomer(external);
        List<ObjectNode> all = new ArrayList<>(follows.get(external).values());
        Cursors.Page<ObjectNode> page = Cursors.page(all, request.param("cursor"), FOLLOW_PAGE, 40058);
        ObjectNode answer = Reply.ok("ok");
        answer.set("external_contact", contact.deepCopy());
        ArrayNode list = answer.putArray("follow_user");
        page.items().forEach(f -> list.add(f.deepCopy()));
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }

    Reply byUser(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> userids = texts(body, "userid_list", 40031);
        if (userids == null || userids.isEmpty()) {
            throw new ApiError(40031, "invalid userid list: userid_list is empty");
        }
        if (userids.size() > MAX_BATCH_USERIDS) {
            throw new ApiError(
                    40032, "invalid userid list size: at most " + MAX_BATCH_USERIDS + "; got " + userids.size());
        }
        int size = Cursors.limit(body, "limit", 50, MAX_BATCH_LIMIT);
        List<ObjectNode> rows = new ArrayList<>();
        for (String userid : userids) {
            follows.forEach((external, of) -> {
                ObjectNode follow = of.get(key(userid));
                if (follow != null) {
                    ObjectNode row = NODES.objectNode();
                    row.set("external_contact", customers.get(external).deepCopy());
                    row.set("follow_info", followInfo(follow));
                    rows.add(row);
                }
            });
        }
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), size, 40058);
        return Cursors.reply(page, "external_contact_list");
    }

    /** batch/get_by_user's follow_info: the follow with tag ids instead of tag objects. */
    private static ObjectNode followInfo(ObjectNode follow) {
        ObjectNode info = follow.deepCopy();
        info.remove("tags");
        ArrayNode ids = info.putArray("tag_id");
        follow.path("tags").forEach(tag -> ids.add(tag.path("tag_id").asText()));
        return info;
    }

    Reply remark(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode follow = followOf(text(body, "userid"), text(body, "external_userid"));
        copyIfPresent(body, "remark", follow, "remark");
        copyIfPresent(body, "description", follow, "description");
        copyIfPresent(body, "remark_company", follow, "remark_corp_name");
        copyIfPresent(body, "remark_mobiles", follow, "remark_mobiles");
        copyIfPresent(body, "remark_pic_mediaid", follow, "remark_pic_mediaid");
        return Reply.json(Reply.ok("ok"));
    }

    // ---------------------------------------------------------------- lookups

    private ObjectNode existingCustomer(String externalUserid) {
        ObjectNode contact = externalUserid == null ? null : customers.get(externalUserid);
        if (contact == null) {
            throw new ApiError(84061, "not external contact: " + externalUserid + " is no customer of the corp");
        }
        return contact;
    }

    private Map<String, ObjectNode> existingCustomerSeed(String externalUserid) {
        if (externalUserid == null || !customers.containsKey(externalUserid)) {
            throw new IllegalArgumentException("no customer " + externalUserid + "; add it with addCustomer");
        }
        return follows.get(externalUserid);
    }

    /** The follow of a member and a customer, or WeCom's errcode: 41009/41035 missing, 60111, 84061. */
    ObjectNode followOf(String userid, String externalUserid) {
        String member = common.member(userid);
        if (externalUserid == null) {
            throw new ApiError(41035, "external_userid missing");
        }
        existingCustomer(externalUserid);
        ObjectNode follow = follows.get(externalUserid).get(key(member));
        if (follow == null) {
            throw new ApiError(84061, "not external contact: " + member + " does not follow " + externalUserid);
        }
        return follow;
    }
}
