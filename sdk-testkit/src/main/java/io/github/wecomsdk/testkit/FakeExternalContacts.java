package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.numbers;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The fake corp's customers ("external contacts") and everything around them, served under
 * {@code /cgi-bin/externalcontact/}: follow users, customers with their follow info and tags
 * ({@code get}, {@code list}, {@code batch/get_by_user} with cursors, {@code remark}), corp tags
 * ({@code get_corp_tag_list}, {@code add/edit/del_corp_tag}, {@code mark_tag}), "contact me" ways,
 * customer group chats, transfers of customers and group chats (on-job and resigned, with their results
 * and the unassigned list), welcome messages and group welcome templates, group messages
 * ({@code add_msg_template} and the three result lists) and statistics.
 *
 * <p>Get it from {@link FakeWeCom#externalContacts()}; seed it with the {@code add...} methods and read
 * what the code under test did with the other methods. Unknown members answer 60111, a customer a
 * member does not follow 84061, unknown tags 40068, unknown "contact me" configs 41044, unknown group
 * messages 41047, used or unknown welcome codes 41050, as WeCom does. Transfers wait for
 * {@link #completeTransfers()} (WeCom takes up to 24 hours). Thread-safe: every method holds the fake's
 * lock.
 */
public final class FakeExternalContacts {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int FOLLOW_PAGE = 500;
    private static final int MAX_BATCH_USERIDS = 100;
    private static final int MAX_BATCH_LIMIT = 100;
    private static final int MAX_PER_TRANSFER = 100;
    private static final int MAX_LIST_LIMIT = 1000;
    private static final int STATUS_TAKEN_OVER = 1;
    private static final int STATUS_WAITING = 2;

    private final Object lock;
    private final Directory directory;
    private final Clock clock;
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
    /** external_userid → (lower-case userid → follow info as externalcontact/get shows it). */
    private final Map<String, Map<String, ObjectNode>> follows = new LinkedHashMap<>();
    private final Set<String> followUsers = new LinkedHashSet<>();
    private final Map<String, ObjectNode> tagGroups = new LinkedHashMap<>();
    private final Map<String, ObjectNode> contactWays = new LinkedHashMap<>();
    private final Map<String, ObjectNode> groupChats = new LinkedHashMap<>();
    private final Map<String, String> opengids = new LinkedHashMap<>();
    private final List<ObjectNode> transfers = new ArrayList<>();
    private final Map<String, Long> resignedAt = new LinkedHashMap<>();
    private final Map<String, String[]> welcomeCodes = new LinkedHashMap<>();
    private final List<JsonNode> welcomeMessages = new ArrayList<>();
    private final Map<String, ObjectNode> welcomeTemplates = new LinkedHashMap<>();
    private final Map<String, ObjectNode> groupMessages = new LinkedHashMap<>();
    private final List<JsonNode> closedTempChats = new ArrayList<>();
    private long sequence;

    FakeExternalContacts(Object lock, Directory directory, Clock clock) {
        this.lock = lock;
        this.directory = directory;
        this.clock = clock;
    }

    Map<String, FakeRoute> routes() {
        Map<String, FakeRoute> routes = new LinkedHashMap<>();
        String p = "/cgi-bin/externalcontact/";
        routes.put(p + "get_follow_user_list", FakeRoute.get(this::followUserList));
        routes.put(p + "list", FakeRoute.get(this::list));
        routes.put(p + "get", FakeRoute.get(this::get));
        routes.put(p + "batch/get_by_user", FakeRoute.post(this::byUser));
        routes.put(p + "remark", FakeRoute.post(this::remark));
        routes.put(p + "get_corp_tag_list", FakeRoute.post(this::corpTagList));
        routes.put(p + "add_corp_tag", FakeRoute.post(this::addCorpTag));
        routes.put(p + "edit_corp_tag", FakeRoute.post(this::editCorpTag));
        routes.put(p + "del_corp_tag", FakeRoute.post(this::deleteCorpTag));
        routes.put(p + "mark_tag", FakeRoute.post(this::markTag));
        routes.put(p + "add_contact_way", FakeRoute.post(this::addContactWay));
        routes.put(p + "get_contact_way", FakeRoute.post(this::getContactWay));
        routes.put(p + "list_contact_way", FakeRoute.post(this::listContactWays));
        routes.put(p + "update_contact_way", FakeRoute.post(this::updateContactWay));
        routes.put(p + "del_contact_way", FakeRoute.post(this::deleteContactWay));
        routes.put(p + "close_temp_chat", FakeRoute.post(this::closeTempChat));
        routes.put(p + "groupchat/list", FakeRoute.post(this::groupChatList));
        routes.put(p + "groupchat/get", FakeRoute.post(this::groupChatGet));
        routes.put(p + "opengid_to_chatid", FakeRoute.post(this::opengidToChatid));
        routes.put(p + "transfer_customer", FakeRoute.post(r -> transferCustomers(r, false)));
        routes.put(p + "resigned/transfer_customer", FakeRoute.post(r -> transferCustomers(r, true)));
        routes.put(p + "transfer_result", FakeRoute.post(r -> transferResult(r, false)));
        routes.put(p + "resigned/transfer_result", FakeRoute.post(r -> transferResult(r, true)));
        routes.put(p + "get_unassigned_list", FakeRoute.post(this::unassigned));
        routes.put(p + "groupchat/transfer", FakeRoute.post(r -> transferGroupChats(r, true)));
        routes.put(p + "groupchat/onjob_transfer", FakeRoute.post(r -> transferGroupChats(r, false)));
        routes.put(p + "send_welcome_msg", FakeRoute.post(this::sendWelcome));
        routes.put(p + "group_welcome_template/add", FakeRoute.post(this::addWelcomeTemplate));
        routes.put(p + "group_welcome_template/edit", FakeRoute.post(this::editWelcomeTemplate));
        routes.put(p + "group_welcome_template/get", FakeRoute.post(this::getWelcomeTemplate));
        routes.put(p + "group_welcome_template/del", FakeRoute.post(this::deleteWelcomeTemplate));
        routes.put(p + "add_msg_template", FakeRoute.post(this::addMsgTemplate));
        routes.put(p + "get_groupmsg_list_v2", FakeRoute.post(this::groupMsgList));
        routes.put(p + "get_groupmsg_task", FakeRoute.post(this::groupMsgTasks));
        routes.put(p + "get_groupmsg_send_result", FakeRoute.post(this::groupMsgSendResults));
        routes.put(p + "get_user_behavior_data", FakeRoute.post(this::behaviorData));
        routes.put(p + "groupchat/statistic", FakeRoute.post(this::groupChatStatistic));
        return routes;
    }

    void reset() {
        customers.clear();
        follows.clear();
        followUsers.clear();
        tagGroups.clear();
        contactWays.clear();
        groupChats.clear();
        opengids.clear();
        transfers.clear();
        resignedAt.clear();
        welcomeCodes.clear();
        welcomeMessages.clear();
        welcomeTemplates.clear();
        groupMessages.clear();
        closedTempChats.clear();
    }

    // ---------------------------------------------------------------- seeding (public)

    /**
     * Adds a WeChat customer ({@code type} 1) without a call.
     *
     * @param externalUserid the customer's external_userid
     * @param name           the WeChat name
     * @return this view
     * @throws IllegalArgumentException if the id is blank or taken
     */
    public FakeExternalContacts addCustomer(String externalUserid, String name) {
        ObjectNode contact = NODES.objectNode();
        contact.put("external_userid", externalUserid);
        contact.put("name", name);
        contact.put("type", 1);
        contact.put("gender", 0);
        return addCustomer(contact);
    }

    /**
     * Adds a customer with every field {@code externalcontact/get} shows in {@code external_contact}
     * ({@code external_userid}, {@code name}, {@code type}, {@code avatar}, {@code gender},
     * {@code unionid}, {@code position}, {@code corp_name}, {@code corp_full_name},
     * {@code external_profile}, ...), as WeCom spells them.
     *
     * @param externalContact the customer's fields; {@code external_userid} and {@code name} required
     * @return this view
     * @throws IllegalArgumentException if a required field is missing or the id is taken
     */
    public FakeExternalContacts addCustomer(JsonNode externalContact) {
        if (externalContact == null || !externalContact.isObject()) {
            throw new IllegalArgumentException("externalContact must be a JSON object");
        }
        String id = text(externalContact, "external_userid");
        if (id == null || text(externalContact, "name") == null) {
            throw new IllegalArgumentException("a customer needs external_userid and name");
        }
        synchronized (lock) {
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
        return this;
    }

    /**
     * Makes a member follow a customer (the member added them), without a call.
     *
     * @param userid         an existing member
     * @param externalUserid an existing customer
     * @return this view
     * @throws IllegalArgumentException if either is unknown
     */
    public FakeExternalContacts follow(String userid, String externalUserid) {
        ObjectNode info = NODES.objectNode();
        info.put("userid", userid);
        return follow(externalUserid, info);
    }

    /**
     * Makes a member follow a customer with the follow info of your choice, as
     * {@code externalcontact/get} shows it in {@code follow_user} ({@code userid} required;
     * {@code remark}, {@code description}, {@code createtime}, {@code remark_corp_name},
     * {@code remark_mobiles}, {@code add_way}, {@code state}, {@code oper_userid}; tags are set with
     * {@link #tag(String, String, String...)}).
     *
     * @param externalUserid an existing customer
     * @param followInfo     the follow info
     * @return this view
     * @throws IllegalArgumentException if the member or the customer is unknown
     */
    public FakeExternalContacts follow(String externalUserid, JsonNode followInfo) {
        synchronized (lock) {
            String userid = canonicalMember(text(followInfo, "userid"));
            Map<String, ObjectNode> of = existingCustomerSeed(externalUserid);
            ObjectNode info = ((ObjectNode) followInfo).deepCopy();
            info.put("userid", userid);
            if (!info.has("createtime")) {
                info.put("createtime", clock.instant().getEpochSecond());
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
        return this;
    }

    /**
     * Adds a member to {@code get_follow_user_list} even before they follow anyone (members with
     * customers are in it already).
     *
     * @param userid an existing member
     * @return this view
     * @throws IllegalArgumentException if the member is unknown
     */
    public FakeExternalContacts addFollowUser(String userid) {
        synchronized (lock) {
            followUsers.add(canonicalMember(userid));
        }
        return this;
    }

    /**
     * Adds a corp tag group with its tags, without a call.
     *
     * @param groupName the group's name
     * @param tagNames  the tags' names, in order
     * @return the new group's {@code group_id}; its tags' ids are in {@link #corpTagIds(String)}
     * @throws IllegalArgumentException if a group of that name exists
     */
    public String addCorpTagGroup(String groupName, String... tagNames) {
        synchronized (lock) {
            if (findGroupByName(groupName) != null) {
                throw new IllegalArgumentException("a tag group named " + groupName + " exists");
            }
            ObjectNode group = newGroup(groupName, 0);
            for (String tag : tagNames) {
                newTag(group, tag, 0);
            }
            return group.path("group_id").asText();
        }
    }

    /**
     * The ids of a corp tag group's tags, in order.
     *
     * @param groupId the group
     * @return the tag ids, empty for an unknown group
     */
    public List<String> corpTagIds(String groupId) {
        synchronized (lock) {
            ObjectNode group = tagGroups.get(groupId);
            List<String> ids = new ArrayList<>();
            if (group != null) {
                group.path("tag").forEach(tag -> ids.add(tag.path("id").asText()));
            }
            return ids;
        }
    }

    /**
     * The id of a corp tag by its group's and its own name.
     *
     * @param groupName the group's name
     * @param tagName   the tag's name
     * @return the tag id, or {@code null}
     */
    public String corpTagId(String groupName, String tagName) {
        synchronized (lock) {
            ObjectNode group = findGroupByName(groupName);
            if (group != null) {
                for (JsonNode tag : group.path("tag")) {
                    if (tag.path("name").asText().equals(tagName)) {
                        return tag.path("id").asText();
                    }
                }
            }
            return null;
        }
    }

    /**
     * Tags a customer as seen by one member, without a call ({@code mark_tag}'s effect).
     *
     * @param userid         a member following the customer
     * @param externalUserid the customer
     * @param tagIds         existing corp tag ids
     * @return this view
     * @throws IllegalArgumentException if the member does not follow the customer or a tag is unknown
     */
    public FakeExternalContacts tag(String userid, String externalUserid, String... tagIds) {
        synchronized (lock) {
            seed(() -> applyTags(followOf(userid, externalUserid), List.of(tagIds), List.of()));
        }
        return this;
    }

    /**
     * Adds a customer group chat, without a call.
     *
     * @param chatId    the chat id
     * @param name      the chat's name
     * @param owner     the owner, a member
     * @param opengid   the opengid a mini program sees, or {@code null}
     * @param memberIds members (userids of the corp) or customers (external_userids) in the chat
     * @return this view
     * @throws IllegalArgumentException if the chat exists or the owner is unknown
     */
    public FakeExternalContacts addGroupChat(String chatId, String name, String owner, String opengid,
                                             String... memberIds) {
        synchronized (lock) {
            if (chatId == null || chatId.isBlank() || groupChats.containsKey(chatId)) {
                throw new IllegalArgumentException("chat id " + chatId + " is blank or taken");
            }
            String ownerId = canonicalMember(owner);
            long now = clock.instant().getEpochSecond();
            ObjectNode chat = NODES.objectNode();
            chat.put("chat_id", chatId);
            chat.put("name", name);
            chat.put("owner", ownerId);
            chat.put("create_time", now);
            chat.put("notice", "");
            ArrayNode members = chat.putArray("member_list");
            addChatMember(members, ownerId, now);
            for (String member : memberIds) {
                if (!member.equalsIgnoreCase(ownerId)) {
                    addChatMember(members, member, now);
                }
            }
            chat.putArray("admin_list");
            chat.put("member_version", Long.toHexString(++sequence));
            groupChats.put(chatId, chat);
            if (opengid != null) {
                opengids.put(opengid, chatId);
            }
        }
        return this;
    }

    private void addChatMember(ArrayNode members, String id, long now) {
        ObjectNode member = members.addObject();
        ObjectNode user = directory.findUser(id);
        boolean isMember = user != null;
        member.put("userid", isMember ? user.path("userid").asText() : id);
        member.put("type", isMember ? 1 : 2);
        member.put("join_time", now);
        member.put("join_scene", 1);
        member.putObject("invitor").put("userid", isMember ? member.path("userid").asText() : "");
        member.put("group_nickname", "");
        ObjectNode customer = customers.get(id);
        member.put("name", isMember ? user.path("name").asText() : customer == null ? id
                : customer.path("name").asText());
    }

    /**
     * A one-time welcome code, as WeCom puts in the {@code add_external_contact} event when a member adds
     * a customer; {@code send_welcome_msg} accepts it once.
     *
     * @param userid         the member
     * @param externalUserid the customer
     * @return the code
     * @throws IllegalArgumentException if the member does not follow the customer
     */
    public String welcomeCode(String userid, String externalUserid) {
        synchronized (lock) {
            ObjectNode follow = seedValue(() -> followOf(userid, externalUserid));
            String code = "WELCOMECODE" + (++sequence);
            welcomeCodes.put(code, new String[] {follow.path("userid").asText(), externalUserid});
            return code;
        }
    }

    /**
     * Finishes every waiting customer transfer as WeCom does after 24 hours: the customer moves to the
     * taker (status 1, {@code takeover_time} now), keeping remark and tags.
     *
     * @return how many transfers finished
     */
    public int completeTransfers() {
        synchronized (lock) {
            int done = 0;
            long now = clock.instant().getEpochSecond();
            for (ObjectNode transfer : transfers) {
                if (transfer.path("status").asInt() != STATUS_WAITING) {
                    continue;
                }
                String external = transfer.path("external_userid").asText();
                Map<String, ObjectNode> of = follows.get(external);
                ObjectNode from = of == null ? null : of.remove(key(transfer.path("handover_userid").asText()));
                if (from != null) {
                    String taker = transfer.path("takeover_userid").asText();
                    from.put("userid", taker);
                    from.put("createtime", now);
                    of.put(key(taker), from);
                    followUsers.add(taker);
                }
                transfer.put("status", STATUS_TAKEN_OVER);
                transfer.put("takeover_time", now);
                done++;
            }
            return done;
        }
    }

    /**
     * Marks a group message as sent by one of its senders, as when the member confirms it in the client:
     * the task turns to status 2 and each recipient to status 1.
     *
     * @param msgid  the message's msgid
     * @param userid the sender
     * @throws IllegalArgumentException if the message or the sender's task is unknown
     */
    public void confirmGroupMessage(String msgid, String userid) {
        synchronized (lock) {
            ObjectNode message = groupMessages.get(msgid);
            if (message == null) {
                throw new IllegalArgumentException("no group message " + msgid);
            }
            long now = clock.instant().getEpochSecond();
            boolean found = false;
            for (JsonNode task : message.path("task_list")) {
                if (task.path("userid").asText().equalsIgnoreCase(userid)) {
                    ((ObjectNode) task).put("status", 2);
                    ((ObjectNode) task).put("send_time", now);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(userid + " is not a sender of " + msgid);
            }
            for (JsonNode result : message.path("send_list")) {
                if (result.path("userid").asText().equalsIgnoreCase(userid) && result.path("status").asInt() == 0) {
                    ((ObjectNode) result).put("status", 1);
                    ((ObjectNode) result).put("send_time", now);
                }
            }
        }
    }

    // ---------------------------------------------------------------- inspection (public)

    /**
     * A customer as {@code externalcontact/get} shows it: {@code external_contact} and every
     * {@code follow_user}.
     *
     * @param externalUserid the customer
     * @return a copy, or empty
     */
    public Optional<JsonNode> customer(String externalUserid) {
        synchronized (lock) {
            ObjectNode contact = customers.get(externalUserid);
            if (contact == null) {
                return Optional.empty();
            }
            ObjectNode view = NODES.objectNode();
            view.set("external_contact", contact.deepCopy());
            ArrayNode list = view.putArray("follow_user");
            follows.get(externalUserid).values().forEach(f -> list.add(f.deepCopy()));
            return Optional.of(view);
        }
    }

    /**
     * Every customer's external_userid, in the order they were added.
     *
     * @return a snapshot
     */
    public List<String> customerIds() {
        synchronized (lock) {
            return List.copyOf(customers.keySet());
        }
    }

    /**
     * The welcome messages accepted by {@code send_welcome_msg}, oldest first: the request body plus
     * {@code userid} and {@code external_userid}.
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> welcomeMessages() {
        synchronized (lock) {
            return welcomeMessages.stream().<JsonNode>map(JsonNode::deepCopy).toList();
        }
    }

    /**
     * The group messages created with {@code add_msg_template}, oldest first: the request body plus
     * {@code msgid}, {@code create_time}, {@code task_list} and {@code send_list}.
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> groupMessages() {
        synchronized (lock) {
            return groupMessages.values().stream().map(m -> (JsonNode) m.deepCopy()).toList();
        }
    }

    /**
     * Every customer and group chat transfer so far, oldest first, as the transfer results show them
     * plus {@code handover_userid}, {@code takeover_userid} and {@code resigned}.
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> transfers() {
        synchronized (lock) {
            return transfers.stream().map(t -> (JsonNode) t.deepCopy()).toList();
        }
    }

    /**
     * A "contact me" config as {@code get_contact_way} shows it.
     *
     * @param configId the config id
     * @return a copy, or empty
     */
    public Optional<JsonNode> contactWay(String configId) {
        synchronized (lock) {
            ObjectNode way = contactWays.get(configId);
            return way == null ? Optional.empty() : Optional.of(way.deepCopy());
        }
    }

    /**
     * A customer group chat as {@code groupchat/get} shows it with names.
     *
     * @param chatId the chat id
     * @return a copy, or empty
     */
    public Optional<JsonNode> groupChat(String chatId) {
        synchronized (lock) {
            ObjectNode chat = groupChats.get(chatId);
            return chat == null ? Optional.empty() : Optional.of(chat.deepCopy());
        }
    }

    /**
     * The temporary chats closed with {@code close_temp_chat}, oldest first.
     *
     * @return a snapshot of copies of the request bodies
     */
    public List<JsonNode> closedTempChats() {
        synchronized (lock) {
            return closedTempChats.stream().<JsonNode>map(JsonNode::deepCopy).toList();
        }
    }

    /** A short description: counts only. */
    @Override
    public String toString() {
        synchronized (lock) {
            return "FakeExternalContacts[customers=" + customers.size() + ", tagGroups=" + tagGroups.size()
                    + ", groupChats=" + groupChats.size() + "]";
        }
    }

    // ---------------------------------------------------------------- customers

    private Reply followUserList(FakeRequest request) {
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("follow_user");
        for (String userid : followUsers) {
            if (directory.findUser(userid) != null) {
                list.add(userid);
            }
        }
        return Reply.json(answer);
    }

    private Reply list(FakeRequest request) {
        String userid = member(request.param("userid"));
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

    private Reply get(FakeRequest request) {
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

    private Reply byUser(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> userids = texts(body, "userid_list", 40031);
        if (userids == null || userids.isEmpty()) {
            throw new ApiError(40031, "invalid userid list: userid_list is empty");
        }
        if (userids.size() > MAX_BATCH_USERIDS) {
            throw new ApiError(40032, "invalid userid list size: at most " + MAX_BATCH_USERIDS + "; got "
                    + userids.size());
        }
        Long limit = number(body, "limit", 40058);
        int size = limit == null ? 50 : limit.intValue();
        if (size < 1 || size > MAX_BATCH_LIMIT) {
            throw new ApiError(40058, "invalid limit: 1 to " + MAX_BATCH_LIMIT + "; got " + size);
        }
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
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("external_contact_list");
        page.items().forEach(list::add);
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }

    /** batch/get_by_user's follow_info: the follow with tag ids instead of tag objects. */
    private static ObjectNode followInfo(ObjectNode follow) {
        ObjectNode info = follow.deepCopy();
        info.remove("tags");
        ArrayNode ids = info.putArray("tag_id");
        follow.path("tags").forEach(tag -> ids.add(tag.path("tag_id").asText()));
        return info;
    }

    private Reply remark(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode follow = followOf(text(body, "userid"), text(body, "external_userid"));
        copyIfPresent(body, "remark", follow, "remark");
        copyIfPresent(body, "description", follow, "description");
        copyIfPresent(body, "remark_company", follow, "remark_corp_name");
        copyIfPresent(body, "remark_mobiles", follow, "remark_mobiles");
        copyIfPresent(body, "remark_pic_mediaid", follow, "remark_pic_mediaid");
        return Reply.json(Reply.ok("ok"));
    }

    private static void copyIfPresent(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull()) {
            to.set(as, value.deepCopy());
        }
    }

    // ---------------------------------------------------------------- corp tags

    private Reply corpTagList(FakeRequest request) {
        ObjectNode body = request.body().length == 0 ? NODES.objectNode() : request.json();
        List<String> tagIds = texts(body, "tag_id", 40068);
        List<String> groupIds = texts(body, "group_id", 40068);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("tag_group");
        for (ObjectNode group : tagGroups.values()) {
            boolean wholeGroup = groupIds != null && !groupIds.isEmpty();
            if (wholeGroup) {
                if (groupIds.contains(group.path("group_id").asText())) {
                    list.add(group.deepCopy());
                }
                continue;
            }
            ObjectNode copy = group.deepCopy();
            if (tagIds != null && !tagIds.isEmpty()) {
                ArrayNode kept = NODES.arrayNode();
                group.path("tag").forEach(tag -> {
                    if (tagIds.contains(tag.path("id").asText())) {
                        kept.add(tag.deepCopy());
                    }
                });
                if (kept.isEmpty()) {
                    continue;
                }
                copy.set("tag", kept);
            }
            list.add(copy);
        }
        return Reply.json(answer);
    }

    private Reply addCorpTag(FakeRequest request) {
        ObjectNode body = request.json();
        JsonNode tags = body.path("tag");
        if (!tags.isArray() || tags.isEmpty()) {
            throw new ApiError(41111, "tag is empty: add at least one tag");
        }
        String groupId = text(body, "group_id");
        ObjectNode group;
        if (groupId != null) {
            group = tagGroups.get(groupId);
            if (group == null) {
                throw new ApiError(40068, "invalid tagid: group_id " + groupId + " does not exist");
            }
        } else {
            String groupName = text(body, "group_name");
            if (groupName == null) {
                throw new ApiError(40058, "group_id or group_name is required");
            }
            group = findGroupByName(groupName);
            if (group == null) {
                Long order = number(body, "order", 40058);
                group = newGroup(groupName, order == null ? 0 : order);
            }
        }
        ObjectNode added = group.deepCopy();
        ArrayNode addedTags = added.putArray("tag");
        for (JsonNode tag : tags) {
            String name = text(tag, "name");
            if (name == null || name.codePointCount(0, name.length()) > 30) {
                throw new ApiError(40072, "invalid tag name: 1 to 30 characters");
            }
            for (JsonNode existing : group.path("tag")) {
                if (existing.path("name").asText().equals(name)) {
                    throw new ApiError(40071, "tag name exists in the group: " + name);
                }
            }
        }
        for (JsonNode tag : tags) {
            Long order = number(tag, "order", 40058);
            addedTags.add(newTag(group, text(tag, "name"), order == null ? 0 : order).deepCopy());
        }
        ObjectNode answer = Reply.ok("ok");
        answer.set("tag_group", added);
        return Reply.json(answer);
    }

    private Reply editCorpTag(FakeRequest request) {
        ObjectNode body = request.json();
        String id = text(body, "id");
        ObjectNode target = tagGroups.get(id);
        String nameField = "group_name";
        if (target == null) {
            target = findTag(id);
            nameField = "name";
        }
        if (target == null) {
            throw new ApiError(40068, "invalid tagid: " + id + " is neither a tag nor a tag group");
        }
        String name = text(body, "name");
        if (name != null) {
            target.put(nameField, name);
            renameTagInFollows(id, name);
        }
        Long order = number(body, "order", 40058);
        if (order != null) {
            target.put("order", order);
        }
        return Reply.json(Reply.ok("ok"));
    }

    private Reply deleteCorpTag(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> tagIds = texts(body, "tag_id", 40068);
        List<String> groupIds = texts(body, "group_id", 40068);
        List<String> tags = tagIds == null ? List.of() : tagIds;
        List<String> groups = groupIds == null ? List.of() : groupIds;
        if (tags.isEmpty() && groups.isEmpty()) {
            throw new ApiError(40068, "invalid tagid: tag_id and group_id are both empty");
        }
        for (String tag : tags) {
            if (findTag(tag) == null) {
                throw new ApiError(40068, "invalid tagid: " + tag);
            }
        }
        for (String group : groups) {
            if (!tagGroups.containsKey(group)) {
                throw new ApiError(40068, "invalid tagid: group " + group);
            }
        }
        List<String> removed = new ArrayList<>(tags);
        for (String group : groups) {
            tagGroups.remove(group).path("tag").forEach(tag -> removed.add(tag.path("id").asText()));
        }
        for (ObjectNode group : new ArrayList<>(tagGroups.values())) {
            ArrayNode kept = NODES.arrayNode();
            group.path("tag").forEach(tag -> {
                if (!removed.contains(tag.path("id").asText())) {
                    kept.add(tag);
                }
            });
            group.set("tag", kept);
            if (kept.isEmpty()) {
                tagGroups.remove(group.path("group_id").asText());
            }
        }
        for (Map<String, ObjectNode> of : follows.values()) {
            for (ObjectNode follow : of.values()) {
                ArrayNode kept = NODES.arrayNode();
                follow.path("tags").forEach(tag -> {
                    if (!removed.contains(tag.path("tag_id").asText())) {
                        kept.add(tag);
                    }
                });
                follow.set("tags", kept);
            }
        }
        return Reply.json(Reply.ok("ok"));
    }

    private Reply markTag(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode follow = followOf(text(body, "userid"), text(body, "external_userid"));
        List<String> add = texts(body, "add_tag", 40068);
        List<String> remove = texts(body, "remove_tag", 40068);
        if ((add == null || add.isEmpty()) && (remove == null || remove.isEmpty())) {
            throw new ApiError(40068, "invalid tagid: add_tag and remove_tag are both empty");
        }
        applyTags(follow, add == null ? List.of() : add, remove == null ? List.of() : remove);
        return Reply.json(Reply.ok("ok"));
    }

    private void applyTags(ObjectNode follow, List<String> add, List<String> remove) {
        for (String id : add) {
            if (findTag(id) == null) {
                throw new ApiError(40068, "invalid tagid: " + id);
            }
        }
        ArrayNode tags = follow.withArray("tags");
        ArrayNode kept = NODES.arrayNode();
        tags.forEach(tag -> {
            if (!remove.contains(tag.path("tag_id").asText())) {
                kept.add(tag);
            }
        });
        for (String id : add) {
            boolean present = false;
            for (JsonNode tag : kept) {
                present |= tag.path("tag_id").asText().equals(id);
            }
            if (!present) {
                ObjectNode tag = findTag(id);
                ObjectNode entry = kept.addObject();
                entry.put("group_name", groupOfTag(id).path("group_name").asText());
                entry.put("tag_name", tag.path("name").asText());
                entry.put("tag_id", id);
                entry.put("type", 1);
            }
        }
        follow.set("tags", kept);
    }

    private ObjectNode newGroup(String name, long order) {
        ObjectNode group = NODES.objectNode();
        String id = "etFAKEGROUP" + (++sequence);
        group.put("group_id", id);
        group.put("group_name", name);
        group.put("create_time", clock.instant().getEpochSecond());
        group.put("order", order);
        group.put("deleted", false);
        group.putArray("tag");
        tagGroups.put(id, group);
        return group;
    }

    private ObjectNode newTag(ObjectNode group, String name, long order) {
        ObjectNode tag = group.withArray("tag").addObject();
        tag.put("id", "etFAKETAG" + (++sequence));
        tag.put("name", name);
        tag.put("create_time", clock.instant().getEpochSecond());
        tag.put("order", order);
        tag.put("deleted", false);
        return tag;
    }

    private ObjectNode findGroupByName(String name) {
        return tagGroups.values().stream().filter(g -> g.path("group_name").asText().equals(name))
                .findFirst().orElse(null);
    }

    private ObjectNode findTag(String id) {
        ObjectNode group = groupOfTag(id);
        if (group == null) {
            return null;
        }
        for (JsonNode tag : group.path("tag")) {
            if (tag.path("id").asText().equals(id)) {
                return (ObjectNode) tag;
            }
        }
        return null;
    }

    private ObjectNode groupOfTag(String id) {
        for (ObjectNode group : tagGroups.values()) {
            for (JsonNode tag : group.path("tag")) {
                if (tag.path("id").asText().equals(id)) {
                    return group;
                }
            }
        }
        return null;
    }

    private void renameTagInFollows(String id, String name) {
        for (Map<String, ObjectNode> of : follows.values()) {
            for (ObjectNode follow : of.values()) {
                for (JsonNode tag : follow.path("tags")) {
                    if (tag.path("tag_id").asText().equals(id)) {
                        ((ObjectNode) tag).put("tag_name", name);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- contact ways

    private Reply addContactWay(FakeRequest request) {
        ObjectNode body = request.json();
        Long type = number(body, "type", 41039);
        Long scene = number(body, "scene", 41040);
        if (type == null) {
            throw new ApiError(41037, "type missing");
        }
        if (scene == null) {
            throw new ApiError(41038, "scene missing");
        }
        if (type != 1 && type != 2) {
            throw new ApiError(41039, "invalid type: 1 single or 2 multi; got " + type);
        }
        if (scene != 1 && scene != 2) {
            throw new ApiError(41040, "invalid scene: 1 mini program or 2 QR code; got " + scene);
        }
        checkWayMembers(body, type);
        ObjectNode way = body.deepCopy();
        String id = "fakeconfig" + Long.toHexString(0x1000 + (++sequence));
        way.put("config_id", id);
        if (scene == 2) {
            way.put("qr_code", "https://wework.qpic.cn/wwpic/fake/" + id);
        }
        contactWays.put(id, way);
        ObjectNode answer = Reply.ok("ok");
        answer.put("config_id", id);
        if (scene == 2) {
            answer.put("qr_code", way.path("qr_code").asText());
        }
        return Reply.json(answer);
    }

    private void checkWayMembers(JsonNode body, long type) {
        List<String> users = texts(body, "user", 40031);
        List<Long> parties = numbers(body, "party", 60123);
        int count = (users == null ? 0 : users.size()) + (parties == null ? 0 : parties.size());
        if (type == 1 && count != 1) {
            throw new ApiError(41041, "too many members: a single contact way takes exactly one user");
        }
        if (count > 100) {
            throw new ApiError(41041, "too many members: at most 100");
        }
        if (users != null) {
            users.forEach(this::member);
        }
        if (parties != null) {
            for (long party : parties) {
                if (!directory.hasDepartment(party)) {
                    throw new ApiError(60123, "invalid party " + party);
                }
            }
        }
    }

    private Reply getContactWay(FakeRequest request) {
        ObjectNode answer = Reply.ok("ok");
        answer.set("contact_way", existingWay(text(request.json(), "config_id")).deepCopy());
        return Reply.json(answer);
    }

    private Reply listContactWays(FakeRequest request) {
        ObjectNode body = request.json();
        Long limit = number(body, "limit", 40058);
        int size = limit == null ? 100 : limit.intValue();
        if (size < 1 || size > MAX_LIST_LIMIT) {
            throw new ApiError(40058, "invalid limit: 1 to " + MAX_LIST_LIMIT + "; got " + size);
        }
        List<String> ids = new ArrayList<>(contactWays.keySet());
        Cursors.Page<String> page = Cursors.page(ids, text(body, "cursor"), size, 40058);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("contact_way");
        page.items().forEach(id -> list.addObject().put("config_id", id));
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }

    private Reply updateContactWay(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode way = existingWay(text(body, "config_id"));
        ObjectNode next = way.deepCopy();
        body.properties().forEach(field -> next.set(field.getKey(), field.getValue().deepCopy()));
        checkWayMembers(next, next.path("type").asLong());
        contactWays.put(way.path("config_id").asText(), next);
        return Reply.json(Reply.ok("ok"));
    }

    private Reply deleteContactWay(FakeRequest request) {
        ObjectNode way = existingWay(text(request.json(), "config_id"));
        contactWays.remove(way.path("config_id").asText());
        return Reply.json(Reply.ok("ok"));
    }

    private ObjectNode existingWay(String configId) {
        if (configId == null) {
            throw new ApiError(41043, "config_id missing");
        }
        ObjectNode way = contactWays.get(configId);
        if (way == null) {
            throw new ApiError(41044, "invalid config_id: " + configId);
        }
        return way;
    }

    private Reply closeTempChat(FakeRequest request) {
        ObjectNode body = request.json();
        followOf(text(body, "userid"), text(body, "external_userid"));
        closedTempChats.add(body.deepCopy());
        return Reply.json(Reply.ok("ok"));
    }

    // ---------------------------------------------------------------- group chats

    private int chatStatus(ObjectNode chat) {
        return directory.findUser(chat.path("owner").asText()) == null ? 1 : 0;
    }

    private Reply groupChatList(FakeRequest request) {
        ObjectNode body = request.json();
        Long status = number(body, "status_filter", 40058);
        Long limit = number(body, "limit", 40058);
        if (limit == null || limit < 1 || limit > MAX_LIST_LIMIT) {
            throw new ApiError(40058, "invalid limit: 1 to " + MAX_LIST_LIMIT + "; got " + limit);
        }
        List<String> owners = texts(body.path("owner_filter"), "userid_list", 40031);
        if (owners != null && owners.size() > 100) {
            throw new ApiError(40032, "invalid userid list size: owner_filter takes at most 100");
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode chat : groupChats.values()) {
            int chatStatus = chatStatus(chat);
            if (status != null && status != 0 && status != chatStatus) {
                continue;
            }
            if (owners != null && !owners.isEmpty() && owners.stream()
                    .noneMatch(o -> o.equalsIgnoreCase(chat.path("owner").asText()))) {
                continue;
            }
            ObjectNode row = NODES.objectNode();
            row.put("chat_id", chat.path("chat_id").asText());
            row.put("status", chatStatus);
            rows.add(row);
        }
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), limit.intValue(), 40058);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("group_chat_list");
        page.items().forEach(list::add);
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }

    private Reply groupChatGet(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode chat = existingChat(text(body, "chat_id"));
        ObjectNode copy = chat.deepCopy();
        Long needName = number(body, "need_name", 40058);
        if (needName == null || needName != 1) {
            copy.path("member_list").forEach(member -> ((ObjectNode) member).remove("name"));
        }
        ObjectNode answer = Reply.ok("ok");
        answer.set("group_chat", copy);
        return Reply.json(answer);
    }

    private ObjectNode existingChat(String chatId) {
        if (chatId == null) {
            throw new ApiError(86201, "chat_id missing");
        }
        ObjectNode chat = groupChats.get(chatId);
        if (chat == null) {
            throw new ApiError(40050, "chatid not found: " + chatId);
        }
        return chat;
    }

    private Reply opengidToChatid(FakeRequest request) {
        String opengid = text(request.json(), "opengid");
        String chatId = opengid == null ? null : opengids.get(opengid);
        if (chatId == null) {
            throw new ApiError(90511, "opengid not found or invalid: " + opengid);
        }
        ObjectNode answer = Reply.ok("ok");
        answer.put("chat_id", chatId);
        return Reply.json(answer);
    }

    // ---------------------------------------------------------------- transfers

    private Reply transferCustomers(FakeRequest request, boolean resigned) {
        ObjectNode body = request.json();
        String handover = text(body, "handover_userid");
        String takeover = member(text(body, "takeover_userid"));
        if (handover == null) {
            throw new ApiError(41009, "handover_userid missing");
        }
        if (resigned && directory.findUser(handover) != null) {
            throw new ApiError(40097, "the member has not resigned: " + handover
                    + " (use transfer_customer for members still in the corp)");
        }
        if (!resigned) {
            handover = member(handover);
        }
        if (handover.equalsIgnoreCase(takeover)) {
            throw new ApiError(40130, "the handover and takeover members are the same");
        }
        List<String> externals = texts(body, "external_userid", 40096);
        if (externals == null || externals.isEmpty()) {
            throw new ApiError(41035, "external_userid missing");
        }
        if (externals.size() > MAX_PER_TRANSFER) {
            throw new ApiError(40058, "too many customers: at most " + MAX_PER_TRANSFER + " per call; got "
                    + externals.size());
        }
        ObjectNode answer = Reply.ok("ok");
        ArrayNode outcomes = answer.putArray("customer");
        long now = clock.instant().getEpochSecond();
        for (String external : externals) {
            int errcode = 0;
            Map<String, ObjectNode> of = follows.get(external);
            if (of == null || !of.containsKey(key(handover))) {
                errcode = 40131;
            } else if (waiting(external)) {
                errcode = 40129;
            }
            ObjectNode outcome = outcomes.addObject();
            outcome.put("external_userid", external);
            outcome.put("errcode", errcode);
            if (errcode == 0) {
                ObjectNode transfer = NODES.objectNode();
                transfer.put("external_userid", external);
                transfer.put("status", STATUS_WAITING);
                transfer.put("takeover_time", 0L);
                transfer.put("handover_userid", of.get(key(handover)).path("userid").asText());
                transfer.put("takeover_userid", takeover);
                transfer.put("resigned", resigned);
                transfer.put("requested_at", now);
                transfers.add(transfer);
            }
        }
        return Reply.json(answer);
    }

    private boolean waiting(String external) {
        return transfers.stream().anyMatch(t -> t.path("external_userid").asText().equals(external)
                && t.path("status").asInt() == STATUS_WAITING);
    }

    private Reply transferResult(FakeRequest request, boolean resigned) {
        ObjectNode body = request.json();
        String handover = text(body, "handover_userid");
        String takeover = text(body, "takeover_userid");
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode transfer : transfers) {
            if (transfer.path("resigned").asBoolean() == resigned && !transfer.has("chat_id")
                    && transfer.path("handover_userid").asText().equalsIgnoreCase(handover)
                    && transfer.path("takeover_userid").asText().equalsIgnoreCase(takeover)) {
                ObjectNode row = NODES.objectNode();
                row.put("external_userid", transfer.path("external_userid").asText());
                row.put("status", transfer.path("status").asInt());
                row.put("takeover_time", transfer.path("takeover_time").asLong());
                rows.add(row);
            }
        }
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), MAX_PER_TRANSFER, 40058);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("customer");
        page.items().forEach(list::add);
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }

    private Reply unassigned(FakeRequest request) {
        ObjectNode body = request.json();
        Long pageSize = number(body, "page_size", 40058);
        int size = pageSize == null ? 1000 : pageSize.intValue();
        if (size < 1 || size > MAX_LIST_LIMIT) {
            throw new ApiError(40058, "invalid page_size: 1 to " + MAX_LIST_LIMIT + "; got " + size);
        }
        List<ObjectNode> rows = new ArrayList<>();
        long now = clock.instant().getEpochSecond();
        follows.forEach((external, of) -> of.values().forEach(follow -> {
            String userid = follow.path("userid").asText();
            if (directory.findUser(userid) == null && !waiting(external)) {
                ObjectNode row = NODES.objectNode();
                row.put("handover_userid", userid);
                row.put("external_userid", external);
                row.put("dimission_time", resignedAt.computeIfAbsent(key(userid), k -> now));
                rows.add(row);
            }
        }));
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), size, 40058);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("info");
        page.items().forEach(list::add);
        answer.put("is_last", page.nextCursor().isEmpty());
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }

    private Reply transferGroupChats(FakeRequest request, boolean resigned) {
        ObjectNode body = request.json();
        List<String> chatIds = texts(body, "chat_id_list", 40058);
        if (chatIds == null || chatIds.isEmpty()) {
            throw new ApiError(86201, "chat_id_list missing");
        }
        if (chatIds.size() > MAX_PER_TRANSFER) {
            throw new ApiError(40058, "too many chats: at most " + MAX_PER_TRANSFER + " per call; got "
                    + chatIds.size());
        }
        String newOwner = member(text(body, "new_owner"));
        ObjectNode answer = Reply.ok("ok");
        ArrayNode failed = answer.putArray("failed_chat_list");
        long now = clock.instant().getEpochSecond();
        for (String chatId : chatIds) {
            ObjectNode chat = groupChats.get(chatId);
            int errcode = 0;
            String errmsg = "ok";
            if (chat == null) {
                errcode = 90501;
                errmsg = "not a customer group chat";
            } else if (resigned && chatStatus(chat) == 0) {
                errcode = 90500;
                errmsg = "the owner has not resigned";
            } else if (!resigned && chatStatus(chat) != 0) {
                errcode = 90502;
                errmsg = "the owner has resigned";
            } else if (chat.path("owner").asText().equalsIgnoreCase(newOwner)) {
                errcode = 90504;
                errmsg = "the owner is unchanged";
            }
            if (errcode != 0) {
                ObjectNode entry = failed.addObject();
                entry.put("chat_id", chatId);
                entry.put("errcode", errcode);
                entry.put("errmsg", errmsg);
                continue;
            }
            ObjectNode transfer = NODES.objectNode();
            transfer.put("chat_id", chatId);
            transfer.put("handover_userid", chat.path("owner").asText());
            transfer.put("takeover_userid", newOwner);
            transfer.put("resigned", resigned);
            transfer.put("status", STATUS_TAKEN_OVER);
            transfer.put("takeover_time", now);
            transfers.add(transfer);
            chat.put("owner", newOwner);
            boolean present = false;
            for (JsonNode member : chat.path("member_list")) {
                present |= member.path("userid").asText().equalsIgnoreCase(newOwner);
            }
            if (!present) {
                addChatMember(chat.withArray("member_list"), newOwner, now);
            }
        }
        return Reply.json(answer);
    }

    // ---------------------------------------------------------------- welcome messages

    private Reply sendWelcome(FakeRequest request) {
        ObjectNode body = request.json();
        String code = text(body, "welcome_code");
        if (code == null) {
            throw new ApiError(41049, "welcome_code missing");
        }
        String[] pair = welcomeCodes.remove(code);
        if (pair == null) {
            throw new ApiError(41050, "invalid welcome_code: unknown or already used");
        }
        boolean hasText = text(body.path("text"), "content") != null;
        JsonNode attachments = body.path("attachments");
        if (!hasText && (!attachments.isArray() || attachments.isEmpty())) {
            welcomeCodes.put(code, pair);
            throw new ApiError(41088, "text and attachments are both empty");
        }
        if (attachments.isArray() && attachments.size() > 9) {
            welcomeCodes.put(code, pair);
            throw new ApiError(41064, "too many attachments: at most 9");
        }
        ObjectNode recorded = body.deepCopy();
        recorded.put("userid", pair[0]);
        recorded.put("external_userid", pair[1]);
        welcomeMessages.add(recorded);
        return Reply.json(Reply.ok("ok"));
    }

    private Reply addWelcomeTemplate(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode template = templateContent(body);
        String id = "msgFAKETEMPLATE" + (++sequence);
        welcomeTemplates.put(id, template);
        ObjectNode answer = Reply.ok("ok");
        answer.put("template_id", id);
        return Reply.json(answer);
    }

    private static ObjectNode templateContent(ObjectNode body) {
        ObjectNode template = NODES.objectNode();
        for (String field : List.of("text", "image", "link", "miniprogram", "file", "video")) {
            copyIfPresent(body, field, template, field);
        }
        if (template.isEmpty()) {
            throw new ApiError(41088, "the template is empty: set text or an attachment");
        }
        return template;
    }

    private Reply editWelcomeTemplate(FakeRequest request) {
        ObjectNode body = request.json();
        String id = existingTemplate(text(body, "template_id"));
        welcomeTemplates.put(id, templateContent(body));
        return Reply.json(Reply.ok("ok"));
    }

    private Reply getWelcomeTemplate(FakeRequest request) {
        String id = existingTemplate(text(request.json(), "template_id"));
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(welcomeTemplates.get(id).deepCopy());
        return Reply.json(answer);
    }

    private Reply deleteWelcomeTemplate(FakeRequest request) {
        welcomeTemplates.remove(existingTemplate(text(request.json(), "template_id")));
        return Reply.json(Reply.ok("ok"));
    }

    private String existingTemplate(String id) {
        if (id == null || !welcomeTemplates.containsKey(id)) {
            throw new ApiError(40037, "invalid template_id: " + id);
        }
        return id;
    }

    // ---------------------------------------------------------------- group messages

    private Reply addMsgTemplate(FakeRequest request) {
        ObjectNode body = request.json();
        String chatType = text(body, "chat_type") == null ? "single" : text(body, "chat_type");
        if (!chatType.equals("single") && !chatType.equals("group")) {
            throw new ApiError(40058, "invalid chat_type: single or group; got " + chatType);
        }
        String sender = text(body, "sender");
        if (sender != null) {
            sender = member(sender);
        }
        boolean hasText = text(body.path("text"), "content") != null;
        JsonNode attachments = body.path("attachments");
        if (!hasText && (!attachments.isArray() || attachments.isEmpty())) {
            throw new ApiError(41088, "text and attachments are both empty");
        }
        if (attachments.isArray() && attachments.size() > 9) {
            throw new ApiError(41064, "too many attachments: at most 9");
        }
        List<String> requested = texts(body, "external_userid", 40096);
        List<String[]> recipients = new ArrayList<>();
        ArrayNode failList = NODES.arrayNode();
        if (chatType.equals("single")) {
            if (requested != null && !requested.isEmpty()) {
                for (String external : requested) {
                    Map<String, ObjectNode> of = follows.get(external);
                    String by = null;
                    if (of != null) {
                        by = sender != null ? (of.containsKey(key(sender)) ? sender : null)
                                : of.values().stream().map(f -> f.path("userid").asText()).findFirst().orElse(null);
                    }
                    if (by == null) {
                        failList.add(external);
                    } else {
                        recipients.add(new String[] {external, by});
                    }
                }
            } else if (sender != null) {
                String by = sender;
                follows.forEach((external, of) -> {
                    if (of.containsKey(key(by))) {
                        recipients.add(new String[] {external, by});
                    }
                });
            }
        } else {
            for (ObjectNode chat : groupChats.values()) {
                String owner = chat.path("owner").asText();
                if (sender == null || owner.equalsIgnoreCase(sender)) {
                    recipients.add(new String[] {null, owner, chat.path("chat_id").asText()});
                }
            }
        }
        if (recipients.isEmpty()) {
            throw new ApiError(41048, "no customer to send to");
        }
        String msgid = "msgFAKEGROUPMSG" + (++sequence);
        ObjectNode message = body.deepCopy();
        message.put("msgid", msgid);
        message.put("chat_type", chatType);
        message.put("create_time", clock.instant().getEpochSecond());
        message.put("creator", sender == null ? "" : sender);
        ArrayNode tasks = message.putArray("task_list");
        ArrayNode sendList = message.putArray("send_list");
        Set<String> senders = new LinkedHashSet<>();
        for (String[] recipient : recipients) {
            senders.add(recipient[1]);
            ObjectNode result = sendList.addObject();
            if (recipient[0] != null) {
                result.put("external_userid", recipient[0]);
            }
            if (recipient.length > 2) {
                result.put("chat_id", recipient[2]);
            }
            result.put("userid", recipient[1]);
            result.put("status", 0);
            result.put("send_time", 0L);
        }
        for (String userid : senders) {
            ObjectNode task = tasks.addObject();
            task.put("userid", userid);
            task.put("status", 0);
            task.put("send_time", 0L);
        }
        groupMessages.put(msgid, message);
        ObjectNode answer = Reply.ok("ok");
        answer.set("fail_list", failList);
        answer.put("msgid", msgid);
        return Reply.json(answer);
    }

    private Reply groupMsgList(FakeRequest request) {
        ObjectNode body = request.json();
        String chatType = text(body, "chat_type");
        Long start = number(body, "start_time", 41052);
        Long end = number(body, "end_time", 41052);
        if (chatType == null || start == null || end == null || end < start) {
            throw new ApiError(41052, "invalid time: chat_type, start_time and end_time are required, start first");
        }
        Long limit = number(body, "limit", 40058);
        int size = limit == null ? 50 : limit.intValue();
        if (size < 1 || size > 100) {
            throw new ApiError(40058, "invalid limit: 1 to 100; got " + size);
        }
        String creator = text(body, "creator");
        Long filterType = number(body, "filter_type", 40058);
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode message : groupMessages.values()) {
            long created = message.path("create_time").asLong();
            if (!message.path("chat_type").asText().equals(chatType) || created < start || created > end) {
                continue;
            }
            if (creator != null && !message.path("creator").asText().equalsIgnoreCase(creator)) {
                continue;
            }
            if (filterType != null && filterType == 1) {
                continue;
            }
            ObjectNode row = NODES.objectNode();
            row.put("msgid", message.path("msgid").asText());
            row.put("creator", message.path("creator").asText());
            row.put("create_time", String.valueOf(created));
            row.put("create_type", 0);
            copyIfPresent(message, "text", row, "text");
            copyIfPresent(message, "attachments", row, "attachments");
            rows.add(row);
        }
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), size, 40058);
        ObjectNode answer = Reply.ok("ok");
        answer.put("next_cursor", page.nextCursor());
        ArrayNode list = answer.putArray("group_msg_list");
        page.items().forEach(list::add);
        return Reply.json(answer);
    }

    private ObjectNode existingGroupMessage(String msgid) {
        if (msgid == null) {
            throw new ApiError(41046, "msgid missing");
        }
        ObjectNode message = groupMessages.get(msgid);
        if (message == null) {
            throw new ApiError(41047, "invalid msgid: " + msgid);
        }
        return message;
    }

    private Reply groupMsgTasks(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode message = existingGroupMessage(text(body, "msgid"));
        List<JsonNode> rows = new ArrayList<>();
        message.path("task_list").forEach(rows::add);
        return pageOf(rows, body, "task_list");
    }

    private Reply groupMsgSendResults(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode message = existingGroupMessage(text(body, "msgid"));
        String userid = member(text(body, "userid"));
        List<JsonNode> rows = new ArrayList<>();
        message.path("send_list").forEach(row -> {
            if (row.path("userid").asText().equalsIgnoreCase(userid)) {
                rows.add(row);
            }
        });
        return pageOf(rows, body, "send_list");
    }

    private static Reply pageOf(List<JsonNode> rows, ObjectNode body, String field) {
        Long limit = number(body, "limit", 40058);
        int size = limit == null ? 500 : limit.intValue();
        if (size < 1 || size > MAX_LIST_LIMIT) {
            throw new ApiError(40058, "invalid limit: 1 to " + MAX_LIST_LIMIT + "; got " + size);
        }
        Cursors.Page<JsonNode> page = Cursors.page(rows, text(body, "cursor"), size, 40058);
        ObjectNode answer = Reply.ok("ok");
        answer.put("next_cursor", page.nextCursor());
        ArrayNode list = answer.putArray(field);
        page.items().forEach(row -> list.add(row.deepCopy()));
        return Reply.json(answer);
    }

    // ---------------------------------------------------------------- statistics

    private Reply behaviorData(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> userids = texts(body, "userid", 40031);
        List<Long> partyids = numbers(body, "partyid", 60123);
        Set<String> scope = new LinkedHashSet<>();
        if (userids != null) {
            userids.forEach(u -> scope.add(key(member(u))));
        }
        if (partyids != null) {
            for (long party : partyids) {
                if (!directory.hasDepartment(party)) {
                    throw new ApiError(60123, "invalid partyid " + party);
                }
                directory.membersBelow(party).forEach(u -> scope.add(key(u)));
            }
        }
        if (scope.isEmpty()) {
            throw new ApiError(40031, "invalid userid list: userid and partyid are both empty");
        }
        Long start = number(body, "start_time", 40058);
        Long end = number(body, "end_time", 40058);
        if (start == null || end == null || end < start || end - start > 30L * 86_400) {
            throw new ApiError(40058, "invalid time range: start_time to end_time, at most 30 days");
        }
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate first = Instant.ofEpochSecond(start).atZone(zone).toLocalDate();
        LocalDate last = Instant.ofEpochSecond(end).atZone(zone).toLocalDate();
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("behavior_data");
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            long from = day.atStartOfDay(zone).toEpochSecond();
            long to = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
            long added = 0;
            for (Map<String, ObjectNode> of : follows.values()) {
                for (Map.Entry<String, ObjectNode> follow : of.entrySet()) {
                    long created = follow.getValue().path("createtime").asLong();
                    if (scope.contains(follow.getKey()) && created >= from && created < to) {
                        added++;
                    }
                }
            }
            ObjectNode item = list.addObject();
            item.put("stat_time", from);
            item.put("chat_cnt", 0);
            item.put("message_cnt", 0);
            item.put("reply_percentage", 0);
            item.put("avg_reply_time", 0);
            item.put("negative_feedback_cnt", 0);
            item.put("new_apply_cnt", added);
            item.put("new_contact_cnt", added);
        }
        return Reply.json(answer);
    }

    private Reply groupChatStatistic(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> owners = texts(body.path("owner_filter"), "userid_list", 40031);
        if (owners == null || owners.isEmpty()) {
            throw new ApiError(40031, "invalid userid list: owner_filter.userid_list is required");
        }
        if (owners.size() > 100) {
            throw new ApiError(40032, "invalid userid list size: at most 100 owners");
        }
        Long begin = number(body, "day_begin_time", 40058);
        if (begin == null) {
            throw new ApiError(40058, "day_begin_time missing");
        }
        Long endDay = number(body, "day_end_time", 40058);
        long end = (endDay == null ? begin : endDay) + 86_400;
        Long offset = number(body, "offset", 40058);
        Long limit = number(body, "limit", 40058);
        int from = offset == null ? 0 : offset.intValue();
        int size = limit == null ? 500 : limit.intValue();
        if (size < 1 || size > 1000) {
            throw new ApiError(40058, "invalid limit: 1 to 1000; got " + size);
        }
        List<ObjectNode> items = new ArrayList<>();
        for (String owner : owners) {
            long total = 0;
            long created = 0;
            long members = 0;
            long joined = 0;
            for (ObjectNode chat : groupChats.values()) {
                if (!chat.path("owner").asText().equalsIgnoreCase(owner)) {
                    continue;
                }
                total++;
                long createTime = chat.path("create_time").asLong();
                if (createTime >= begin && createTime < end) {
                    created++;
                }
                for (JsonNode member : chat.path("member_list")) {
                    members++;
                    long joinTime = member.path("join_time").asLong();
                    if (joinTime >= begin && joinTime < end) {
                        joined++;
                    }
                }
            }
            ObjectNode item = NODES.objectNode();
            item.put("owner", owner);
            ObjectNode data = item.putObject("data");
            data.put("new_chat_cnt", created);
            data.put("chat_total", total);
            data.put("chat_has_msg", 0);
            data.put("new_member_cnt", joined);
            data.put("member_total", members);
            data.put("member_has_msg", 0);
            data.put("msg_total", 0);
            data.put("migrate_trainee_chat_cnt", 0);
            items.add(item);
        }
        ObjectNode answer = Reply.ok("ok");
        answer.put("total", items.size());
        int to = Math.min(items.size(), from + size);
        answer.put("next_offset", to);
        ArrayNode list = answer.putArray("items");
        for (int i = Math.min(from, items.size()); i < to; i++) {
            list.add(items.get(i));
        }
        return Reply.json(answer);
    }

    // ---------------------------------------------------------------- helpers

    private static String key(String userid) {
        return userid.toLowerCase(Locale.ROOT);
    }

    /** The member's userid as stored, or 60111. */
    private String member(String userid) {
        if (userid == null) {
            throw new ApiError(41009, "userid missing");
        }
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            throw new ApiError(60111, "userid not found: " + userid);
        }
        return user.path("userid").asText();
    }

    private String canonicalMember(String userid) {
        return seedValue(() -> member(userid));
    }

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
    private ObjectNode followOf(String userid, String externalUserid) {
        String member = member(userid);
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

    private static void seed(Runnable change) {
        seedValue(() -> {
            change.run();
            return null;
        });
    }

    private static <T> T seedValue(Supplier<T> change) {
        try {
            return change.get();
        } catch (ApiError error) {
            throw new IllegalArgumentException("WeCom would refuse this with errcode " + error.errcode() + ": "
                    + error.getMessage());
        }
    }
}
