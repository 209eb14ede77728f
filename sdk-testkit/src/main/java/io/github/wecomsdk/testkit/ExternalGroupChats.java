package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.ExternalCommon.MAX_LIST_LIMIT;
import static io.github.wecomsdk.testkit.ExternalCommon.NODES;
import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer group chats: {@code groupchat/list}, {@code groupchat/get} and {@code opengid_to_chatid}, and
 * the chats transfers, group messages and statistics read. Guarded by the fake's lock.
 */
final class ExternalGroupChats {

    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final Map<String, ObjectNode> groupChats = new LinkedHashMap<>();
    private final Map<String, String> opengids = new LinkedHashMap<>();

    ExternalGroupChats(ExternalCommon common, ExternalCustomers customers) {
        this.common = common;
        this.customers = customers;
    }

    void reset() {
        groupChats.clear();
        opengids.clear();
    }

    /** Copies the chats and opengids; running the result puts the copies back. */
    Runnable snapshot() {
        Map<String, ObjectNode> chatsCopy = new LinkedHashMap<>();
        groupChats.forEach((id, chat) -> chatsCopy.put(id, chat.deepCopy()));
        Map<String, String> opengidsCopy = new LinkedHashMap<>(opengids);
        return () -> {
            groupChats.clear();
            groupChats.putAll(chatsCopy);
            opengids.clear();
            opengids.putAll(opengidsCopy);
        };
    }

    /** Adds a chat; see {@link FakeExternalContacts#addGroupChat(String, String, String, String, String...)}. */
    void add(String chatId, String name, String owner, String opengid, String... memberIds) {
        if (chatId == null || chatId.isBlank() || groupChats.containsKey(chatId)) {
            throw new IllegalArgumentException("chat id " + chatId + " is blank or taken");
        }
        String ownerId = common.canonicalMember(owner);
        long now = common.now();
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
        chat.put("member_version", Long.toHexString(common.nextId()));
        groupChats.put(chatId, chat);
        if (opengid != null) {
            opengids.put(opengid, chatId);
        }
    }

    /** A chat as {@code groupchat/get} shows it with names, a copy; {@code null} if unknown. */
    ObjectNode view(String chatId) {
        ObjectNode chat = groupChats.get(chatId);
        return chat == null ? null : chat.deepCopy();
    }

    int count() {
        return groupChats.size();
    }

    /** The chat, live, or {@code null}. */
    ObjectNode find(String chatId) {
        return groupChats.get(chatId);
    }

    /** Every chat, live, in the order they were added. */
    Collection<ObjectNode> all() {
        return groupChats.values();
    }

    void addChatMember(ArrayNode members, String id, long now) {
        ObjectNode member = members.addObject();
        ObjectNode user = common.directory.findUser(id);
        boolean isMember = user != null;
        member.put("userid", isMember ? user.path("userid").asText() : id);
        member.put("type", isMember ? 1 : 2);
        member.put("join_time", now);
        member.put("join_scene", 1);
        member.putObject("invitor")
                .put("userid", isMember ? member.path("userid").asText() : "");
        member.put("group_nickname", "");
        ObjectNode customer = customers.find(id);
        member.put(
                "name",
                isMember
                        ? user.path("name").asText()
                        : customer == null ? id : customer.path("name").asText());
    }

    /** 0 while the owner is a member, 1 once they left the corp. */
    int chatStatus(ObjectNode chat) {
        return common.directory.findUser(chat.path("owner").asText()) == null ? 1 : 0;
    }

    Reply groupChatList(FakeRequest request) {
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
            if (owners != null
                    && !owners.isEmpty()
                    && owners.stream()
                            .noneMatch(
                                    o -> o.equalsIgnoreCase(chat.path("owner").asText()))) {
                continue;
            }
            ObjectNode row = NODES.objectNode();
            row.put("chat_id", chat.path("chat_id").asText());
            row.put("status", chatStatus);
            rows.add(row);
        }
        Cursors.Page<ObjectNode> page = Cursors.page(rows, text(body, "cursor"), limit.intValue(), 40058);
        return Cursors.reply(page, "group_chat_list");
    }

    Reply groupChatGet(FakeRequest request) {
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

    Reply opengidToChatid(FakeRequest request) {
        String opengid = text(request.json(), "opengid");
        String chatId = opengid == null ? null : opengids.get(opengid);
        if (chatId == null) {
            throw new ApiError(90511, "opengid not found or invalid: " + opengid);
        }
        ObjectNode answer = Reply.ok("ok");
        answer.put("chat_id", chatId);
        return Reply.json(answer);
    }
}
