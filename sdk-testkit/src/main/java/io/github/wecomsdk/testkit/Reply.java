package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What a fake endpoint answers: a JSON envelope, or raw bytes with their own status and headers
 * (media downloads).
 */
record Reply(int status, ObjectNode json, byte[] bytes, Map<String, String> headers) {

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(ObjectNode json) {
        return new Reply(200, json, null, Map.of());
    }

    static Reply bytes(int status, byte[] bytes, Map<String, String> headers) {
        return new Reply(status, null, bytes, headers);
    }

    /**
     * A success envelope, {@code errcode} 0, fields added after it in WeCom's order.
     *
     * @param errmsg {@code ok}, {@code created}, {@code updated}, {@code deleted} or empty, as WeCom sends
     * @return the envelope to add fields to
     */
    static ObjectNode ok(String errmsg) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("errcode", 0);
        node.put("errmsg", errmsg);
        return node;
    }
}
