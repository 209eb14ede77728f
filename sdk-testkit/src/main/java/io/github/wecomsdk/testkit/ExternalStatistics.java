package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.Directory.key;
import static io.github.wecomsdk.testkit.ExternalCommon.NODES;
import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.numbers;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customer-contact statistics computed from the follows and group chats: {@code get_user_behavior_data}
 * and {@code groupchat/statistic}. Holds no state of its own; guarded by the fake's lock.
 */
final class ExternalStatistics {

    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final ExternalGroupChats chats;

    ExternalStatistics(ExternalCommon common, ExternalCustomers customers, ExternalGroupChats chats) {
        this.common = common;
        this.customers = customers;
        this.chats = chats;
    }

    Reply behaviorData(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> userids = texts(body, "userid", 40031);
        List<Long> partyids = numbers(body, "partyid", 60123);
        Set<String> scope = new LinkedHashSet<>();
        if (userids != null) {
            userids.forEach(u -> scope.add(key(common.member(u))));
        }
        if (partyids != null) {
            for (long party : partyids) {
                if (!common.directory.hasDepartment(party)) {
                    throw new ApiError(60123, "invalid partyid " + party);
                }
                common.directory.membersBelow(party).forEach(u -> scope.add(key(u)));
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
            for (Map<String, ObjectNode> of : customers.follows().values()) {
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

    Reply groupChatStatistic(FakeRequest request) {
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
        int from = offset == null ? 0 : offset.intValue();
        int size = Cursors.limit(body, "limit", 500, 1000);
        List<ObjectNode> items = new ArrayList<>();
        for (String owner : owners) {
            long total = 0;
            long created = 0;
            long members = 0;
            long joined = 0;
            for (ObjectNode chat : chats.all()) {
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
}
