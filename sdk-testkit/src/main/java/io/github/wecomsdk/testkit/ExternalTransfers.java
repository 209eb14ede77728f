package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.Directory.key;
import static io.github.wecomsdk.testkit.ExternalCommon.MAX_LIST_LIMIT;
import static io.github.wecomsdk.testkit.ExternalCommon.NODES;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Transfers of customers and group chats, on-job and resigned: {@code transfer_customer},
 * {@code transfer_result}, {@code get_unassigned_list}, {@code groupchat/transfer} and
 * {@code groupchat/onjob_transfer}; customer transfers wait for {@link #completeTransfers()}. Guarded by
 * the fake's lock.
 */
final class ExternalTransfers {

    private static final int MAX_PER_TRANSFER = 100;
    private static final int STATUS_TAKEN_OVER = 1;
    private static final int STATUS_WAITING = 2;

    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final ExternalGroupChats chats;
    private final List<ObjectNode> transfers = new ArrayList<>();
    private final Map<String, Long> resignedAt = new LinkedHashMap<>();

    ExternalTransfers(ExternalCommon common, ExternalCustomers customers, ExternalGroupChats chats) {
        this.common = common;
        this.customers = customers;
        this.chats = chats;
    }

    void reset() {
        transfers.clear();
        resignedAt.clear();
    }

    /** Every transfer so far, oldest first, copies. */
    List<JsonNode> all() {
        return transfers.stream().map(t -> (JsonNode) t.deepCopy()).toList();
    }

    /** Finishes every waiting customer transfer; see {@link FakeExternalContacts#completeTransfers()}. */
    int completeTransfers() {
        int done = 0;
        long now = common.now();
        for (ObjectNode transfer : transfers) {
            if (transfer.path("status").asInt() != STATUS_WAITING) {
                continue;
            }
            String external = transfer.path("external_userid").asText();
            Map<String, ObjectNode> of = customers.follows().get(external);
            ObjectNode from = of == null
                    ? null
                    : of.remove(key(transfer.path("handover_userid").asText()));
            if (from != null) {
                String taker = transfer.path("takeover_userid").asText();
                from.put("userid", taker);
                from.put("createtime", now);
                of.put(key(taker), from);
                customers.markFollowUser(taker);
            }
            transfer.put("status", STATUS_TAKEN_OVER);
            transfer.put("takeover_time", now);
            done++;
        }
        return done;
    }

    Reply transferCustomers(FakeRequest request, boolean resigned) {
        ObjectNode body = request.json();
        String handover = text(body, "handover_userid");
        String takeover = common.member(text(body, "takeover_userid"));
        if (handover == null) {
            throw new ApiError(41009, "handover_userid missing");
        }
        if (resigned && common.directory.findUser(handover) != null) {
            throw new ApiError(
                    40097,
                    "the member has not resigned: " + handover
                            + " (use transfer_customer for members still in the corp)");
        }
        if (!resigned) {
            handover = common.member(handover);
        }
        if (handover.equalsIgnoreCase(takeover)) {
            throw new ApiError(40130, "the handover and takeover members are the same");
        }
        List<String> externals = texts(body, "external_userid", 40096);
        if (externals == null || externals.isEmpty()) {
            throw new ApiError(41035, "external_userid missing");
        }
        if (externals.size() > MAX_PER_TRANSFER) {
            throw new ApiError(
                    40058, "too many customers: at most " + MAX_PER_TRANSFER + " per call; got " + externals.size());
        }
        ObjectNode answer = Reply.ok("ok");
        ArrayNode outcomes = answer.putArray("customer");
        long now = common.now();
        for (String external : externals) {
            int errcode = 0;
            Map<String, ObjectNode> of = customers.follows().get(external);
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
                transfer.put(
                        "handover_userid", of.get(key(handover)).path("userid").asText());
                transfer.put("takeover_userid", takeover);
                transfer.put("resigned", resigned);
                transfer.put("requested_at", now);
                transfers.add(transfer);
            }
        }
        return Reply.json(answer);
    }

    private boolean waiting(String external) {
        return transfers.stream()
                .anyMatch(t -> t.path("external_userid").asText().equals(external)
                        && t.path("status").asInt() == STATUS_WAITING);
    }

    Reply transferResult(FakeRequest request, boolean resigned) {
        ObjectNode body = request.json();
        String handover = text(body, "handover_userid");
        String takeover = text(body, "takeover_userid");
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode transfer : transfers) {
            if (transfer.path("resigned").asBoolean() == resigned
                    && !transfer.has("chat_id")
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
        return Cursors.reply(page, "customer");
    }

    Reply unassigned(FakeRequest request) {
        ObjectNode body = request.json();
        int size = Cursors.limit(body, "page_size", 1000, MAX_LIST_LIMIT);
        List<ObjectNode> rows = new ArrayList<>();
        long now = common.now();
        customers
                .follows()
                .forEach((external, of) -> of.values().forEach(follow -> {
                    String userid = follow.path("userid").asText();
                    if (common.directory.findUser(userid) == null && !waiting(external)) {
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

    Reply transferGroupChats(FakeRequest request, boolean resigned) {
        ObjectNode body = request.json();
        List<String> chatIds = texts(body, "chat_id_list", 40058);
        if (chatIds == null || chatIds.isEmpty()) {
            throw new ApiError(86201, "chat_id_list missing");
        }
        if (chatIds.size() > MAX_PER_TRANSFER) {
            throw new ApiError(
                    40058, "too many chats: at most " + MAX_PER_TRANSFER + " per call; got " + chatIds.size());
        }
        String newOwner = common.member(text(body, "new_owner"));
        ObjectNode answer = Reply.ok("ok");
        ArrayNode failed = answer.putArray("failed_chat_list");
        long now = common.now();
        for (String chatId : chatIds) {
            ObjectNode chat = chats.find(chatId);
            int errcode = 0;
            String errmsg = "ok";
            if (chat == null) {
                errcode = 90501;
                errmsg = "not a customer group chat";
            } else if (resigned && chats.chatStatus(chat) == 0) {
                errcode = 90500;
                errmsg = "the owner has not resigned";
            } else if (!resigned && chats.chatStatus(chat) != 0) {
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
                chats.addChatMember(chat.withArray("member_list"), newOwner, now);
            }
        }
        return Reply.json(answer);
    }
}
