package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import java.util.Map;

/**
 * A {@code webview} workbench card: a web page rendered inside the card.
 *
 * @param url                the page rendered ({@code url}), required
 * @param jumpUrl            where a tap goes when the app's home is a web page ({@code jump_url}); ignored
 *                           by WeCom when {@code enable_webview_click} is true
 * @param pagePath           where a tap goes when the app's home is a mini program ({@code pagepath})
 * @param height             {@code height} as WeCom writes it ({@code single_row}, {@code double_row}), or
 *                           {@code null} for WeCom's default {@code double_row}
 * @param hideTitle          {@code hide_title}: hide the title with the app's name; {@code null} for WeCom's
 *                           default {@code false}
 * @param enableWebviewClick {@code enable_webview_click}: let links inside the page open (only
 *                           {@code wxwork://openurl?url=...}); {@code null} for WeCom's default {@code false}
 * @param otherFields        fields WeCom sent that this record does not map, sent back when written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebviewData(
        @JsonProperty("url") String url,
        @JsonProperty("jump_url") String jumpUrl,
        @JsonProperty("pagepath") String pagePath,
        @JsonProperty("height") String height,
        @JsonProperty("hide_title") Boolean hideTitle,
        @JsonProperty("enable_webview_click") Boolean enableWebviewClick,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements WorkbenchData {

    /**
     * Creates the value without checking limits ({@link Builder#build()} checks them).
     *
     * @param url                the page
     * @param jumpUrl            the URL
     * @param pagePath           the page path
     * @param height             the height
     * @param hideTitle          whether the title is hidden
     * @param enableWebviewClick whether links open
     * @param otherFields        unmapped fields, may be {@code null}
     */
    public WebviewData {
        otherFields = Models.others(otherFields);
    }

    /**
     * The height, typed.
     *
     * @return the height; {@link WebviewHeight#DOUBLE_ROW} (WeCom's default) when not set,
     *         {@link WebviewHeight#UNKNOWN} for a value this SDK does not know
     */
    public WebviewHeight webviewHeight() {
        return height == null ? WebviewHeight.DOUBLE_ROW : WebviewHeight.fromWire(height);
    }

    /**
     * Starts a card rendering this page.
     *
     * @param url the page's URL
     * @return a builder
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /**
     * A builder holding this card's values, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(url);
        builder.link = new WorkbenchLink(jumpUrl, pagePath);
        builder.height = height;
        builder.hideTitle = hideTitle;
        builder.enableWebviewClick = enableWebviewClick;
        builder.otherFields = otherFields;
        return builder;
    }

    @Override
    public WorkbenchType type() {
        return WorkbenchType.WEBVIEW;
    }

    /** Builds a {@link WebviewData}. Not thread-safe. */
    public static final class Builder {
        private String url;
        private WorkbenchLink link = WorkbenchLink.NONE;
        private String height;
        private Boolean hideTitle;
        private Boolean enableWebviewClick;
        private Map<String, Object> otherFields;

        private Builder(String url) {
            this.url = url;
        }

        /**
         * The page rendered ({@code url}).
         *
         * @param url the URL
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Opens a web page on a tap ({@code jump_url}); drops a page path set before.
         *
         * @param url the URL
         * @return this builder
         */
        public Builder jumpUrl(String url) {
            this.link = WorkbenchLink.toUrl(url);
            return this;
        }

        /**
         * Opens a mini-program page on a tap ({@code pagepath}); drops a jump URL set before.
         *
         * @param pagePath the page path
         * @return this builder
         */
        public Builder pagePath(String pagePath) {
            this.link = WorkbenchLink.toPage(pagePath);
            return this;
        }

        /**
         * The card's height ({@code height}).
         *
         * @param height {@link WebviewHeight#SINGLE_ROW} or {@link WebviewHeight#DOUBLE_ROW}
         * @return this builder
         * @throws io.github.wecomsdk.core.WeComValidationException if {@code height} is {@code null} or
         *         {@link WebviewHeight#UNKNOWN}
         */
        public Builder height(WebviewHeight height) {
            if (height == null || height == WebviewHeight.UNKNOWN) {
                throw new WeComValidationException("height must be single_row or double_row; got " + height);
            }
            this.height = height.wireValue();
            return this;
        }

        /**
         * Whether the title with the app's name is hidden ({@code hide_title}).
         *
         * @param hide {@code true} to hide it
         * @return this builder
         */
        public Builder hideTitle(boolean hide) {
            this.hideTitle = hide;
            return this;
        }

        /**
         * Whether links inside the page open ({@code enable_webview_click}); when on, WeCom ignores
         * {@code jump_url}.
         *
         * @param enable {@code true} to let links open
         * @return this builder
         */
        public Builder enableWebviewClick(boolean enable) {
            this.enableWebviewClick = enable;
            return this;
        }

        /**
         * Builds the card.
         *
         * @return the card
         * @throws io.github.wecomsdk.core.WeComValidationException if the page's URL is missing
         */
        public WebviewData build() {
            WebviewData data = new WebviewData(
                    url, link.jumpUrl(), link.pagePath(), height, hideTitle, enableWebviewClick, otherFields);
            WorkbenchRules.check(data);
            return data;
        }
    }
}
