package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WeComValidationException;
import java.util.Map;

/**
 * A menu button that carries a {@code key} WeCom sends back in the event it triggers: {@code click},
 * {@code scancode_push}, {@code scancode_waitmsg}, {@code pic_sysphoto}, {@code pic_photo_or_album},
 * {@code pic_weixin} and {@code location_select}. Made with {@link MenuButton#click(String, String)} and
 * its siblings.
 *
 * @param buttonType  the type, one that {@linkplain ButtonType#takesKey() takes a key}
 * @param name        the label
 * @param key         the key, at most 128 bytes, sent back as {@code EventKey}
 * @param otherFields fields WeCom sent that this record does not map, sent back on {@code menu/create}
 */
public record KeyButton(ButtonType buttonType, String name, String key, Map<String, Object> otherFields)
        implements LeafButton {

    /**
     * Creates the button.
     *
     * @param buttonType  a key type
     * @param name        the label
     * @param key         the key
     * @param otherFields unmapped fields, may be {@code null}
     * @throws WeComValidationException if {@code buttonType} is {@code null} or does not take a key
     */
    public KeyButton {
        if (buttonType == null || !buttonType.takesKey()) {
            throw new WeComValidationException("a key button needs a type that takes a key (click, scancode_push,"
                    + " scancode_waitmsg, pic_sysphoto, pic_photo_or_album, pic_weixin, location_select); got "
                    + buttonType);
        }
        otherFields = Models.others(otherFields);
    }

    @Override
    public String type() {
        return buttonType.wireValue();
    }
}
