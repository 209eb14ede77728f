package io.github.wecomsdk.apps;

import java.util.Map;

/**
 * A {@code view_miniprogram} menu button: the client opens a page of a mini program bound to the
 * corp. Made with {@link MenuButton#miniProgram(String, String, String)}.
 *
 * @param name        the label
 * @param appId       the mini program's appid ({@code appid}), required
 * @param pagePath    the page ({@code pagepath}), required
 * @param otherFields fields WeCom sent that this record does not map, sent back on {@code menu/create}
 */
public record MiniProgramButton(String name, String appId, String pagePath, Map<String, Object> otherFields)
        implements LeafButton {

    /**
     * Creates the button.
     *
     * @param name        the label
     * @param appId       the appid
     * @param pagePath    the page path
     * @param otherFields unmapped fields, may be {@code null}
     */
    public MiniProgramButton {
        otherFields = Models.others(otherFields);
    }

    @Override
    public String type() {
        return ButtonType.VIEW_MINIPROGRAM.wireValue();
    }

    @Override
    public ButtonType buttonType() {
        return ButtonType.VIEW_MINIPROGRAM;
    }
}
