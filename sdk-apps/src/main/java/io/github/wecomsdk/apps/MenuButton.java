package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.OtherFields;
import java.util.Arrays;

/**
 * A button of an app's custom menu: a leaf button of one of WeCom's types, or a top-level button
 * that opens a sub-menu. Made with one factory per type, so each type takes exactly its fields:
 *
 * <pre>{@code
 * Menu menu = Menu.of(
 *     MenuButton.click("Today", "TODAY"),
 *     MenuButton.subMenu("More",
 *         MenuButton.view("Search", "https://www.example.com/search"),
 *         MenuButton.scanCodePush("Scan", "SCAN"),
 *         MenuButton.miniProgram("Mini", "wx4389ji4kAAA", "pages/lunar/index")));
 * }</pre>
 *
 * <p>WeCom's limits (checked by {@link Menu#of(MenuButton...)} and before {@code menu/create}): a name is
 * 1 to 16 bytes at the top level and 1 to 40 bytes in a sub-menu (UTF-8, so a Chinese character takes
 * 3); a key is 1 to 128 bytes; a URL 1 to 1024 bytes with {@code http://} or {@code https://}; a
 * mini-program button needs its appid and page path.
 */
public sealed interface MenuButton extends OtherFields permits LeafButton, SubMenu {

    /**
     * The button's label ({@code name}).
     *
     * @return the name
     */
    String name();

    /**
     * A {@code click} button: WeCom sends a {@code click} event carrying {@code key}.
     *
     * @param name the label
     * @param key  the key, at most 128 bytes, sent back as {@code EventKey}
     * @return the button
     */
    static KeyButton click(String name, String key) {
        return new KeyButton(ButtonType.CLICK, name, key, null);
    }

    /**
     * A {@code view} button: the client opens {@code url}.
     *
     * @param name the label
     * @param url  the page, {@code http://} or {@code https://}, at most 1024 bytes
     * @return the button
     */
    static ViewButton view(String name, String url) {
        return new ViewButton(name, url, null);
    }

    /**
     * A {@code scancode_push} button: scans a code, shows the result, and WeCom sends it.
     *
     * @param name the label
     * @param key  the key, at most 128 bytes
     * @return the button
     */
    static KeyButton scanCodePush(String name, String key) {
        return new KeyButton(ButtonType.SCANCODE_PUSH, name, key, null);
    }

    /**
     * A {@code scancode_waitmsg} button: scans a code, WeCom sends the result and the client waits for
     * the app's reply.
     *
     * @param name the label
     * @param key  the key, at most 128 bytes
     * @return the button
     */
    static KeyButton scanCodeWaitMsg(String name, String key) {
        return new KeyButton(ButtonType.SCANCODE_WAITMSG, name, key, null);
    }

    /**
     * A {@code pic_sysphoto} button: takes a photo with the system camera and sends it.
     *
     * @param name the label
     * @param key  the key, at most 128 bytes
     * @return the button
     */
    static KeyButton picSysPhoto(String name, String key) {
        return new KeyButton(ButtonType.PIC_SYSPHOTO, name, key, null);
    }

    /**
     * A {@code pic_photo_or_album} button: takes a photo or picks one from the album.
     *
     * @param name the label
     * @param key  the key, at most 128 bytes
     * @return the button
     */
    static KeyButton picPhotoOrAlbum(String name, String key) {
        return new KeyButton(ButtonType.PIC_PHOTO_OR_ALBUM, name, key, null);
    }

    /**
     * A {@code pic_weixin} button: picks photos from the WeCom album.
     *
     * @param name the label
     * @param key  the key, at most 128 bytes
     * @return the button
     */
    static KeyButton picWeixin(String name, String key) {
        return new KeyButton(ButtonType.PIC_WEIXIN, name, key, null);
    }

    /**
     * A {@code location_select} button: the member picks a location, which WeCom sends.
     *
     * @param name the label
     * @param key  the key, at most 128 bytes
     * @return the button
     */
    static KeyButton locationSelect(String name, String key) {
        return new KeyButton(ButtonType.LOCATION_SELECT, name, key, null);
    }

    /**
     * A {@code view_miniprogram} button: opens a page of a mini program bound to the corp.
     *
     * @param name     the label
     * @param appId    the mini program's appid ({@code appid})
     * @param pagePath the page ({@code pagepath})
     * @return the button
     */
    static MiniProgramButton miniProgram(String name, String appId, String pagePath) {
        return new MiniProgramButton(name, appId, pagePath, null);
    }

    /**
     * A top-level button that opens a sub-menu of 1 to 5 leaf buttons (WeCom menus have two levels).
     *
     * @param name       the label, at most 16 bytes
     * @param subButtons the sub-menu's buttons
     * @return the button
     */
    static SubMenu subMenu(String name, LeafButton... subButtons) {
        return new SubMenu(name, subButtons == null ? null : Arrays.asList(subButtons), null);
    }
}
