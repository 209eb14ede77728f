package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * One key figure of a {@code keydata} workbench card.
 *
 * @param key         the figure's label ({@code key}), at most 64 characters, or {@code null}
 * @param data        the figure ({@code data}), required, at most 64 characters
 * @param jumpUrl     where a tap goes when the app's home is a web page ({@code jump_url}), at most 1024
 *                    characters, or {@code null}
 * @param pagePath    where a tap goes when the app's home is a mini program ({@code pagepath}), at most 1024
 *                    characters, or {@code null}
 * @param otherFields fields WeCom sent that this record does not map, sent back when written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyDataItem(
        @JsonProperty("key") String key,
        @JsonProperty("data") String data,
        @JsonProperty("jump_url") String jumpUrl,
        @JsonProperty("pagepath") String pagePath,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements OtherFields {

    /** WeCom's longest label and figure, in characters. */
    public static final int MAX_TEXT_CHARS = 64;
    /** WeCom's longest jump URL and page path, in characters. */
    public static final int MAX_LINK_CHARS = 1024;

    /**
     * Creates the value without checking limits ({@link Builder#build()} checks them).
     *
     * @param key         the label
     * @param data        the figure
     * @param jumpUrl     the URL
     * @param pagePath    the page path
     * @param otherFields unmapped fields, may be {@code null}
     */
    public KeyDataItem {
        otherFields = Models.others(otherFields);
    }

    /**
     * Starts an item showing a figure.
     *
     * @param data the figure, such as {@code "3"}
     * @return a builder
     */
    public static Builder builder(String data) {
        return new Builder(data);
    }

    /**
     * A builder holding this item's values, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(data);
        builder.key = key;
        builder.link = new WorkbenchLink(jumpUrl, pagePath);
        builder.otherFields = otherFields;
        return builder;
    }

    /** Builds a {@link KeyDataItem}. Not thread-safe. */
    public static final class Builder {
        private String data;
        private String key;
        private WorkbenchLink link = WorkbenchLink.NONE;
        private Map<String, Object> otherFields;

        private Builder(String data) {
            this.data = data;
        }

        /**
         * The figure ({@code data}).
         *
         * @param data at most 64 characters
         * @return this builder
         */
        public Builder data(String data) {
            this.data = data;
            return this;
        }

        /**
         * The figure's label ({@code key}).
         *
         * @param key at most 64 characters
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * Opens a web page on a tap ({@code jump_url}); drops a page path set before.
         *
         * @param url at most 1024 characters
         * @return this builder
         */
        public Builder jumpUrl(String url) {
            this.link = WorkbenchLink.toUrl(url);
            return this;
        }

        /**
         * Opens a mini-program page on a tap ({@code pagepath}); drops a jump URL set before.
         *
         * @param pagePath at most 1024 characters
         * @return this builder
         */
        public Builder pagePath(String pagePath) {
            this.link = WorkbenchLink.toPage(pagePath);
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws io.github.wecomsdk.core.WeComValidationException if {@code data} is missing or a value is
         *         too long
         */
        public KeyDataItem build() {
            KeyDataItem item = new KeyDataItem(key, data, link.jumpUrl(), link.pagePath(), otherFields);
            WorkbenchRules.check(item, "keydata.items");
            return item;
        }
    }
}
