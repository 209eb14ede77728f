package io.github.wecomsdk.apps;

import java.util.Map;

/**
 * A {@code view} menu button: the client opens a web page. Made with
 * {@link MenuButton#view(String, String)}.
 *
 * @param name        the label
 * @param url         the page, {@code http://} or {@code https://}, at most 1024 bytes
 * @param otherFields fields WeCom sent that this record does not map, sent back on {@code menu/create}
 */
public record ViewButton(String name, String url, Map<String, Object> otherFields) implements LeafButton {

    /**
     * Creates the button.
     *
     * @param name        the label
     * @param url         the page
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ViewButton {
        otherFields = Models.others(otherFields);
    }

    @Override
    public String type() {
        return ButtonType.VIEW.wireValue();
    }

    @Override
    public ButtonType buttonType() {
        return ButtonType.VIEW;
    }
}
