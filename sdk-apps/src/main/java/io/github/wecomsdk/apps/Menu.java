package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.OtherFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An app's custom menu (自定义菜单): 1 to 3 top-level buttons, each a leaf button or a sub-menu of 1
 * to 5 leaf buttons. {@code menu/get} returns this same type that {@code menu/create} takes, so a menu
 * can be read, changed and written back:
 *
 * <pre>{@code
 * Menu menu = apps.menus().get().orElseGet(() -> Menu.of(MenuButton.click("Help", "HELP")));
 * List<MenuButton> buttons = new ArrayList<>(menu.buttons());
 * buttons.add(MenuButton.view("Portal", "https://portal.example.com"));
 * apps.menus().create(Menu.of(buttons));
 * }</pre>
 *
 * @param buttons     the top-level buttons ({@code button}), never {@code null}
 * @param otherFields fields WeCom sent that this record does not map, sent back on {@code menu/create}
 */
public record Menu(List<MenuButton> buttons, Map<String, Object> otherFields) implements OtherFields {

    /** WeCom's largest number of top-level buttons (errcode 40016). */
    public static final int MAX_BUTTONS = 3;
    /** WeCom's largest number of buttons in a sub-menu (errcode 40023). */
    public static final int MAX_SUB_BUTTONS = 5;
    /** WeCom's longest top-level button name, in UTF-8 bytes (errcode 40018). */
    public static final int MAX_NAME_BYTES = 16;
    /** WeCom's longest sub-menu button name, in UTF-8 bytes (errcode 40025). */
    public static final int MAX_SUB_NAME_BYTES = 40;
    /** WeCom's longest key, in UTF-8 bytes (errcodes 40019, 40026). */
    public static final int MAX_KEY_BYTES = 128;
    /** WeCom's longest URL, in UTF-8 bytes (errcodes 40020, 40027). */
    public static final int MAX_URL_BYTES = 1024;

    /**
     * Creates the value without checking WeCom's rules (a menu decoded from {@code menu/get} is WeCom's
     * own); {@link #of(List)} checks them, and so does {@code menu/create} before sending.
     *
     * @param buttons     the top-level buttons
     * @param otherFields unmapped fields, may be {@code null}
     * @throws io.github.wecomsdk.core.WeComValidationException if a button is {@code null}
     */
    public Menu {
        buttons = Models.strictList(buttons, "button");
        otherFields = Models.others(otherFields);
    }

    /**
     * A menu of these top-level buttons, checked against WeCom's rules.
     *
     * @param buttons 1 to 3 buttons
     * @return the menu
     * @throws io.github.wecomsdk.core.WeComValidationException naming the rule and the button, if a rule is
     *         broken
     */
    public static Menu of(MenuButton... buttons) {
        return of(buttons == null ? null : Arrays.asList(buttons));
    }

    /**
     * A menu of these top-level buttons, checked against WeCom's rules: 1 to 3 top-level buttons; 1 to 5
     * buttons in a sub-menu; names 1 to 16 bytes at the top level and up to 40 bytes in a sub-menu; keys 1 to
     * 128 bytes; URLs up to 1024 bytes with {@code http://} or {@code https://}; a mini-program button with
     * its appid and page path.
     *
     * @param buttons 1 to 3 buttons
     * @return the menu
     * @throws io.github.wecomsdk.core.WeComValidationException naming the rule and the button, if a rule is
     *         broken
     */
    public static Menu of(List<? extends MenuButton> buttons) {
        Menu menu = new Menu(buttons == null ? null : new ArrayList<>(buttons), null);
        MenuRules.check(menu);
        return menu;
    }
}
