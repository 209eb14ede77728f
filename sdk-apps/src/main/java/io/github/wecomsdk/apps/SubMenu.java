package io.github.wecomsdk.apps;

import java.util.List;
import java.util.Map;

/**
 * A top-level menu button that opens a sub-menu ({@code sub_button}) of 1 to 5 leaf buttons. Made with
 * {@link MenuButton#subMenu(String, LeafButton...)}; sub-menus do not nest (WeCom menus have two levels).
 *
 * @param name        the label, at most 16 bytes
 * @param subButtons  the sub-menu's buttons, never {@code null}
 * @param otherFields fields WeCom sent that this record does not map, sent back on {@code menu/create}
 */
public record SubMenu(String name, List<LeafButton> subButtons, Map<String, Object> otherFields) implements MenuButton {

    /**
     * Creates the button; the list is copied, {@code null} becomes empty.
     *
     * @param name        the label
     * @param subButtons  the sub-menu's buttons
     * @param otherFields unmapped fields, may be {@code null}
     * @throws io.github.wecomsdk.core.WeComValidationException if a sub-button is {@code null}
     */
    public SubMenu {
        subButtons = Models.strictList(subButtons, "sub_button");
        otherFields = Models.others(otherFields);
    }
}
