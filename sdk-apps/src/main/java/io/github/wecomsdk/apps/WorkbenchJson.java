package io.github.wecomsdk.apps;

import static io.github.wecomsdk.apps.AppJson.others;
import static io.github.wecomsdk.apps.AppJson.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The workbench's JSON shape: {@code "type": T} beside an object named {@code T} holding the data. The
 * data records themselves are plain Jackson records; this class only does the type dispatch. A data
 * object that does not decode is kept raw in {@code otherFields}, never thrown over.
 */
final class WorkbenchJson {

    private WorkbenchJson() {}

    /** Adds {@code "type"} and the data object to {@code body}. */
    static void put(ObjectNode body, WorkbenchData data, ObjectMapper mapper) {
        String type = data.type().wireValue();
        body.put("type", type);
        body.set(type, mapper.valueToTree(data));
    }

    static WorkbenchTemplate readTemplate(JsonNode answer, ObjectMapper mapper) {
        String type = text(answer, "type");
        WorkbenchData data = data(answer, type, mapper);
        JsonNode replace = answer.get("replace_user_data");
        boolean replaceUserData = replace != null && (replace.asBoolean() || replace.asInt() == 1);
        return new WorkbenchTemplate(
                type,
                data,
                replaceUserData,
                others(
                        answer,
                        mapper,
                        data == null
                                ? Set.of("type", "replace_user_data")
                                : Set.of("type", "replace_user_data", type)));
    }

    static WorkbenchUserData readUserData(JsonNode answer, ObjectMapper mapper) {
        JsonNode node = answer.get("data");
        if (node == null || !node.isObject()) {
            return new WorkbenchUserData(null, null, others(answer, mapper, Set.of("data")));
        }
        String type = text(node, "type");
        WorkbenchData data = data(node, type, mapper);
        return new WorkbenchUserData(
                type, data, others(node, mapper, data == null ? Set.of("type") : Set.of("type", type)));
    }

    private static WorkbenchData data(JsonNode container, String type, ObjectMapper mapper) {
        Class<? extends WorkbenchData> kind = switch (WorkbenchType.fromWire(type)) {
            case KEYDATA -> KeyData.class;
            case IMAGE -> ImageData.class;
            case LIST -> ListData.class;
            case WEBVIEW -> WebviewData.class;
            default -> null;
        };
        JsonNode node = type == null ? null : container.get(type);
        if (kind == null || node == null || !node.isObject()) {
            return null;
        }
        try {
            return mapper.treeToValue(node, kind);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
