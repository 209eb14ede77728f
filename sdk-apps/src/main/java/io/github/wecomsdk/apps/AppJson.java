package io.github.wecomsdk.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reading helpers shared by the module's hand-written JSON mappings ({@link MenuJson}, {@link WorkbenchJson}). */
final class AppJson {

    private static final Set<String> ENVELOPE = Set.of("errcode", "errmsg");

    private AppJson() {}

    /** A scalar field as text; {@code null} when missing, JSON {@code null}, an object or an array. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** The fields of {@code node} not in {@code mapped} and not WeCom's {@code errcode}/{@code errmsg}, in order. */
    static Map<String, Object> others(JsonNode node, ObjectMapper mapper, Set<String> mapped) {
        Map<String, Object> others = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!mapped.contains(field.getKey()) && !ENVELOPE.contains(field.getKey())) {
                others.put(field.getKey(), mapper.convertValue(field.getValue(), Object.class));
            }
        }
        return others;
    }
}
