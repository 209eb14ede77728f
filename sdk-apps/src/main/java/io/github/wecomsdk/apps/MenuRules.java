package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WeComValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * WeCom's custom-menu rules ({@code menu/create}, doc 90231, errcodes 40016 to 40027, 41102, 45034),
 * checked before any request. Each failure names the rule and the offending button by position and
 * name, such as {@code button[1].sub_button[2] "Scan"}.
 */
final class MenuRules {

    private MenuRules() {}

    static void check(Menu menu) {
        List<MenuButton> buttons = menu.buttons();
        if (buttons.isEmpty() || buttons.size() > Menu.MAX_BUTTONS) {
            throw broken(
                    "a menu has 1 to " + Menu.MAX_BUTTONS + " top-level buttons",
                    "button",
                    "got " + buttons.size(),
                    40016);
        }
        for (int i = 0; i < buttons.size(); i++) {
            MenuButton button = buttons.get(i);
            String where = "button[" + i + "]";
            name(button.name(), Menu.MAX_NAME_BYTES, where, "a top-level name", 40018);
            if (button instanceof SubMenu sub) {
                List<LeafButton> children = sub.subButtons();
                if (children.isEmpty() || children.size() > Menu.MAX_SUB_BUTTONS) {
                    throw broken(
                            "a sub-menu has 1 to " + Menu.MAX_SUB_BUTTONS + " buttons",
                            describe(where, sub),
                            "got " + children.size(),
                            40023);
                }
                for (int j = 0; j < children.size(); j++) {
                    LeafButton child = children.get(j);
                    String childWhere = where + ".sub_button[" + j + "]";
                    name(child.name(), Menu.MAX_SUB_NAME_BYTES, childWhere, "a sub-menu name", 40025);
                    leaf(child, childWhere, true);
                }
            } else {
                leaf((LeafButton) button, where, false);
            }
        }
    }

    private static void name(String name, int maxBytes, String where, String what, int errcode) {
        if (name == null || name.isBlank()) {
            throw broken("every button has a name", where, "the name is missing or blank", 41102);
        }
        int bytes = bytes(name);
        if (bytes > maxBytes) {
            throw broken(
                    what + " is at most " + maxBytes + " bytes in UTF-8",
                    where + " \"" + name + "\"",
                    "got " + bytes + " bytes",
                    errcode);
        }
    }

    private static void leaf(LeafButton button, String where, boolean sub) {
        String at = describe(where, button);
        if (button instanceof KeyButton key) {
            if (key.key() == null || key.key().isBlank()) {
                throw broken(
                        "a " + key.type() + " button has a key",
                        at,
                        "the key is missing or blank",
                        sub ? 40026 : 40019);
            }
            int bytes = bytes(key.key());
            if (bytes > Menu.MAX_KEY_BYTES) {
                throw broken(
                        "a key is at most " + Menu.MAX_KEY_BYTES + " bytes",
                        at,
                        "got " + bytes + " bytes",
                        sub ? 40026 : 40019);
            }
        } else if (button instanceof ViewButton view) {
            if (view.url() == null || view.url().isBlank()) {
                throw broken("a view button has a url", at, "the url is missing or blank", sub ? 40027 : 40020);
            }
            int bytes = bytes(view.url());
            if (bytes > Menu.MAX_URL_BYTES) {
                throw broken(
                        "a url is at most " + Menu.MAX_URL_BYTES + " bytes",
                        at,
                        "got " + bytes + " bytes",
                        sub ? 40027 : 40020);
            }
            if (!Urls.hasHttpScheme(view.url())) {
                throw broken("a url starts with http:// or https://", at, "got " + view.url(), 45034);
            }
        } else if (button instanceof MiniProgramButton mini) {
            if (mini.appId() == null || mini.appId().isBlank()) {
                throw broken("a view_miniprogram button has an appid", at, "the appid is missing or blank", 0);
            }
            if (mini.pagePath() == null || mini.pagePath().isBlank()) {
                throw broken("a view_miniprogram button has a pagepath", at, "the pagepath is missing or blank", 0);
            }
        }
    }

    private static String describe(String where, MenuButton button) {
        return where + " \"" + button.name() + "\"";
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static WeComValidationException broken(String rule, String where, String detail, int errcode) {
        return new WeComValidationException("Menu rule \"" + rule + "\" broken by " + where + ": " + detail
                + (errcode == 0 ? "" : " (WeCom would answer errcode " + errcode + ")") + "; nothing was sent");
    }
}
