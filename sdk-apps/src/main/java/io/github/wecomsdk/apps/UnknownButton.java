package io.github.wecomsdk.apps;

import java.util.Map;

/**
 * A menu button of a type this SDK does not know, as {@code menu/get} returned it. Its fields are
 * kept and sent back unchanged by {@code menu/create}, so a get-change-create round trip loses nothing.
 *
 * @param type        the raw type
 * @param name        the label
 * @param otherFields every other field of the button
 */
public record UnknownButton(String type, String name, Map<String, Object> otherFields) implements LeafButton {

    /**
     * Creates the button.
     *
     * @param type        the raw type
     * @param name        the label
     * @param otherFields the other fields, may be {@code null}
     */
    public UnknownButton {
        otherFields = Models.others(otherFields);
    }

    @Override
    public ButtonType buttonType() {
        return ButtonType.UNKNOWN;
    }
}
