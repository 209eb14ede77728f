package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * One line of a {@code list} workbench card.
 *
 * @param title       the text ({@code title}), required, at most 128 bytes in UTF-8
 * @param jumpUrl     where a tap goes when the app's home is a web page ({@code jump_url}), or {@code null}
 * @param pagePath    where a tap goes when the app's home is a mini program ({@code pagepath}), or
 *                    {@code null}
 * @param otherFields fields WeCom sent that this record does not map, sent back when written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListItem(
        @JsonProperty("title") String title,
        @JsonProperty("jump_url") String jumpUrl,
        @JsonProperty("pagepath") String pagePath,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements OtherFields {

    /** WeCom's longest title, in UTF-8 bytes. */
    public static final int MAX_TITLE_BYTES = 128;

    /**
     * Creates the value without checking limits ({@link Builder#build()} checks them).
     *
     * @param title       the text
     * @param jumpUrl     the URL
     * @param pagePath    the page path
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ListItem {
        otherFields = Models.others(otherFields);
    }

    /**
     * Starts a line with this text.
     *
     * @param title at most 128 bytes
     * @return a builder
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /**
     * A builder holding this line's values, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(title);
        builder.link = new WorkbenchLink(jumpUrl, pagePath);
        builder.otherFields = otherFields;
        return builder;
    }

    /** Builds a {@link ListItem}. Not thread-safe. */
    public static final class Builder {
        private String title;
        private WorkbenchLink link = WorkbenchLink.NONE;
        private Map<String, Object> otherFields;

        private Builder(String title) {
            this.title = title;
        }

        /**
         * The text ({@code title}).
         *
         * @param title at most 128 bytes
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
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
         * Builds the line.
         *
         * @return the line
         * @throws io.github.wecomsdk.core.WeComValidationException if the title is missing or too long
         */
        public ListItem build() {
            ListItem item = new ListItem(title, link.jumpUrl(), link.pagePath(), otherFields);
            WorkbenchRules.check(item, "list.items");
            return item;
        }
    }
}
