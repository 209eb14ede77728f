package io.github.wecomsdk.apps;

import static io.github.wecomsdk.apps.AppJson.others;
import static io.github.wecomsdk.apps.AppJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Menu} as {@code menu/create}'s body and reads {@code menu/get}'s answer into the same
 * types. A button without {@code type} is a sub-menu; a leaf's type picks its record; unknown types and
 * unknown fields are kept and written back.
 */
final class MenuJson {

    private MenuJson() {}

    static ObjectNode write(Menu menu, ObjectMapper mapper) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode buttons = body.putArray("button");
        for (MenuButton button : menu.buttons()) {
            buttons.add(writeButton(button, mapper));
        }
        putOthers(body, menu.otherFields(), mapper);
        return body;
    }

    private static ObjectNode writeButton(MenuButton button, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        if (button instanceof SubMenu sub) {
            node.put("name", sub.name());
            ArrayNode children = node.putArray("sub_button");
            for (LeafButton child : sub.subButtons()) {
                children.add(writeButton(child, mapper));
            }
        } else {
            LeafButton leaf = (LeafButton) button;
            putText(node, "type", leaf.type());
            putText(node, "name", leaf.name());
            if (leaf instanceof KeyButton key) {
                putText(node, "key", key.key());
            } else if (leaf instanceof ViewButton view) {
                putText(node, "url", view.url());
            } else if (leaf instanceof MiniProgramButton mini) {
                putText(node, "appid", mini.appId());
                putText(node, "pagepath", mini.pagePath());
            }
        }
        putOthers(node, button.otherFields(), mapper);
        return node;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putOthers(ObjectNode node, Map<String, Object> others, ObjectMapper mapper) {
        others.forEach((field, value) -> {
            if (!node.has(field)) {
                node.set(field, mapper.valueToTree(value));
            }
        });
    }

    static Menu read(JsonNode answer, ObjectMapper mapper) {
        List<MenuButton> buttons = new ArrayList<>();
        JsonNode array = answer.get("button");
        if (array != null && array.isArray()) {
            for (JsonNode node : array) {
                if (node.isObject()) {
                    buttons.add(readButton(node, mapper, true));
                }
            }
        }
        return new Menu(buttons, others(answer, mapper, Set.of("button")));
    }

    private static MenuButton readButton(JsonNode node, ObjectMapper mapper, boolean topLevel) {
        String type = text(node, "type");
        String name = text(node, "name");
        JsonNode subButtons = node.get("sub_button");
        boolean hasChildren = subButtons != null && subButtons.isArray() && !subButtons.isEmpty();
        if (topLevel && (type == null || type.isEmpty()) && hasChildren) {
            List<LeafButton> children = new ArrayList<>();
            for (JsonNode child : subButtons) {
                if (child.isObject()) {
                    children.add((LeafButton) readButton(child, mapper, false));
                }
            }
            return new SubMenu(name, children, others(node, mapper, Set.of("name", "sub_button", "type")));
        }
        // A leaf's empty sub_button array (WeCom's samples carry one) says nothing and is dropped.
        Set<String> emptyChildren = subButtons != null && !hasChildren ? Set.of("sub_button") : Set.of();
        ButtonType buttonType = ButtonType.fromWire(type);
        if (buttonType.takesKey()) {
            return new KeyButton(
                    buttonType,
                    name,
                    text(node, "key"),
                    others(node, mapper, union(emptyChildren, "type", "name", "key")));
        }
        if (buttonType == ButtonType.VIEW) {
            return new ViewButton(
                    name, text(node, "url"), others(node, mapper, union(emptyChildren, "type", "name", "url")));
        }
        if (buttonType == ButtonType.VIEW_MINIPROGRAM) {
            return new MiniProgramButton(
                    name,
                    text(node, "appid"),
                    text(node, "pagepath"),
                    others(node, mapper, union(emptyChildren, "type", "name", "appid", "pagepath")));
        }
        return new UnknownButton(type, name, others(node, mapper, union(emptyChildren, "type", "name")));
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
