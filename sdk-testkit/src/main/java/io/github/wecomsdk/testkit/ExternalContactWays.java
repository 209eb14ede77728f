package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.ExternalCommon.MAX_LIST_LIMIT;
import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.numbers;
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
 * "Contact me" ways ({@code add/get/list/update/del_contact_way}) and the temporary chats closed with
 * {@code close_temp_chat}. Guarded by the fake's lock.
 */
final class ExternalContactWays {

    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final Map<String, ObjectNode> contactWays = new LinkedHashMap<>();
    private final List<JsonNode> closedTempChats = new ArrayList<>();

    ExternalContactWays(ExternalCommon common, ExternalCustomers customers) {
        this.common = common;
        this.customers = customers;
    }

    void reset() {
        contactWays.clear();
        closedTempChats.clear();
    }

    /** A config as {@code get_contact_way} shows it, a copy; {@code null} if unknown. */
    ObjectNode view(String configId) {
        ObjectNode way = contactWays.get(configId);
        return way == null ? null : way.deepCopy();
    }

    List<JsonNode> closedTempChats() {
        return closedTempChats.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    Reply addContactWay(FakeRequest request) {
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
        String id = "fakeconfig" + Long.toHexString(0x1000 + (common.nextId()));
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
            users.forEach(common::member);
        }
        if (parties != null) {
            for (long party : parties) {
                if (!common.directory.hasDepartment(party)) {
                    throw new ApiError(60123, "invalid party " + party);
                }
            }
        }
    }

    Reply getContactWay(FakeRequest request) {
        ObjectNode answer = Reply.ok("ok");
        answer.set("contact_way", existingWay(text(request.json(), "config_id")).deepCopy());
        return Reply.json(answer);
    }

    Reply listContactWays(FakeRequest request) {
        ObjectNode body = request.json();
        int size = Cursors.limit(body, "limit", 100, MAX_LIST_LIMIT);
        List<String> ids = new ArrayList<>(contactWays.keySet());
        Cursors.Page<String> page = Cursors.page(ids, text(body, "cursor"), size, 40058);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("contact_way");
        page.items().forEach(id -> list.addObject().put("config_id", id));
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }

    Reply updateContactWay(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode way = existingWay(text(body, "config_id"));
        ObjectNode next = way.deepCopy();
        body.properties()
                .forEach(field -> next.set(field.getKey(), field.getValue().deepCopy()));
        checkWayMembers(next, next.path("type").asLong());
        contactWays.put(way.path("config_id").asText(), next);
        return Reply.json(Reply.ok("ok"));
    }

    Reply deleteContactWay(FakeRequest request) {
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

    Reply closeTempChat(FakeRequest request) {
        ObjectNode body = request.json();
        customers.followOf(text(body, "userid"), text(body, "external_userid"));
        closedTempChats.add(body.deepCopy());
        return Reply.json(Reply.ok("ok"));
    }
}
