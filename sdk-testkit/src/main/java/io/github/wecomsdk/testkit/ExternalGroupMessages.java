package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.Directory.key;
import static io.github.wecomsdk.testkit.ExternalCommon.MAX_LIST_LIMIT;
import static io.github.wecomsdk.testkit.ExternalCommon.NODES;
import static io.github.wecomsdk.testkit.ExternalCommon.copyIfPresent;
import static io.github.wecomsdk.testkit.FakeRequest.number;
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
 * Group messages to customers and customer group chats: {@code add_msg_template},
 * {@code get_groupmsg_list_v2}, {@code get_groupmsg_task} and {@code get_groupmsg_send_result}, confirmed
 * by the senders with {@link #confirm(String, String)}. Guarded by the fake's lock.
 */
final class ExternalGroupMessages {

    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final ExternalGroupChats chats;
    private final Map<String, ObjectNode> groupMessages = new LinkedHashMap<>();

    ExternalGroupMessages(ExternalCommon common, ExternalCustomers customers, ExternalGroupChats chats) {
        this.common = common;
        this.customers = customers;
        this.chats = chats;
    }

    void reset() {
        groupMessages.clear();
    }

    /** The group messages created so far, oldest first, copies. */
    List<JsonNode> all() {
        return groupMessages.values().stream().map(m -> (JsonNode) m.deepCopy()).toList();
    }

    /** Marks a message as sent by one sender; see {@link FakeExternalContacts#confirmGroupMessage}. */
    void confirm(String msgid, String userid) {
        ObjectNode message = groupMessages.get(msgid);
        if (message == null) {
            throw new IllegalArgumentException("no group message " + msgid);
        }
        long now = common.now();
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
            if (result.path("userid").asText().equalsIgnoreCase(userid)
                    && result.path("status").asInt() == 0) {
                ((ObjectNode) result).put("status", 1);
                ((ObjectNode) result).put("send_time", now);
            }
        }
    }

    Reply addMsgTemplate(FakeRequest request) {
        ObjectNode body = request.json();
        String chatType = text(body, "chat_type") == null ? "single" : text(body, "chat_type");
        if (!chatType.equals("single") && !chatType.equals("group")) {
            throw new ApiError(40058, "invalid chat_type: single or group; got " + chatType);
        }
        String sender = text(body, "sender");
        if (sender != null) {
            sender = common.member(sender);
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
                    Map<String, ObjectNode> of = customers.follows().get(external);
                    String by = null;
                    if (of != null) {
                        by = sender != null
                                ? (of.containsKey(key(sender)) ? sender : null)
                                : of.values().stream()
                                        .map(f -> f.path("userid").asText())
                                        .findFirst()
                                        .orElse(null);
                    }
                    if (by == null) {
                        failList.add(external);
                    } else {
                        recipients.add(new String[] {external, by});
                    }
                }
            } else if (sender != null) {
                String by = sender;
                customers.follows().forEach((external, of) -> {
                    if (of.containsKey(key(by))) {
                        recipients.add(new String[] {external, by});
                    }
                });
            }
        } else {
            for (ObjectNode chat : chats.all()) {
                String owner = chat.path("owner").asText();
                if (sender == null || owner.equalsIgnoreCase(sender)) {
                    recipients.add(
                            new String[] {null, owner, chat.path("chat_id").asText()});
                }
            }
        }
        if (recipients.isEmpty()) {
            throw new ApiError(41048, "no customer to send to");
        }
        String msgid = "msgFAKEGROUPMSG" + (common.nextId());
        ObjectNode message = body.deepCopy();
        message.put("msgid", msgid);
        message.put("chat_type", chatType);
        message.put("create_time", common.now());
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

    Reply groupMsgList(FakeRequest request) {
        ObjectNode body = request.json();
        String chatType = text(body, "chat_type");
        Long start = number(body, "start_time", 41052);
        Long end = number(body, "end_time", 41052);
        if (chatType == null || start == null || end == null || end < start) {
            throw new ApiError(41052, "invalid time: chat_type, start_time and end_time are required, start first");
        }
        int size = Cursors.limit(body, "limit", 50, 100);
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

    Reply groupMsgTasks(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode message = existingGroupMessage(text(body, "msgid"));
        List<JsonNode> rows = new ArrayList<>();
        message.path("task_list").forEach(rows::add);
        return pageOf(rows, body, "task_list");
    }

    Reply groupMsgSendResults(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode message = existingGroupMessage(text(body, "msgid"));
        String userid = common.member(text(body, "userid"));
        List<JsonNode> rows = new ArrayList<>();
        message.path("send_list").forEach(row -> {
            if (row.path("userid").asText().equalsIgnoreCase(userid)) {
                rows.add(row);
            }
        });
        return pageOf(rows, body, "send_list");
    }

    private static Reply pageOf(List<JsonNode> rows, ObjectNode body, String field) {
        int size = Cursors.limit(body, "limit", 500, MAX_LIST_LIMIT);
        Cursors.Page<JsonNode> page = Cursors.page(rows, text(body, "cursor"), size, 40058);
        return Cursors.reply(page, field);
    }
}
