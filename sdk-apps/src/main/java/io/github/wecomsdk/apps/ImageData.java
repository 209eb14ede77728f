package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * An {@code image} workbench card: one picture (best at 3.35:1) that opens a page on a tap.
 *
 * @param url         the picture's URL ({@code url}), required
 * @param jumpUrl     where a tap goes when the app's home is a web page ({@code jump_url}), or {@code null}
 * @param pagePath    where a tap goes when the app's home is a mini program ({@code pagepath}), or
 *                    {@code null}
 * @param otherFields fields WeCom sent that this record does not map, sent back when written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageData(
        @JsonProperty("url") String url,
        @JsonProperty("jump_url") String jumpUrl,
        @JsonProperty("pagepath") String pagePath,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements WorkbenchData {

    /**
     * Creates the value without checking limits ({@link Builder#build()} checks them).
     *
     * @param url         the picture
     * @param jumpUrl     the URL
     * @param pagePath    the page path
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ImageData {
        otherFields = Models.others(otherFields);
    }

    /**
     * Starts a card showing this picture.
     *
     * @param url the picture's URL
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
        builder.otherFields = otherFields;
        return builder;
    }

    @Override
    public WorkbenchType type() {
        return WorkbenchType.IMAGE;
    }

    /** Builds an {@link ImageData}. Not thread-safe. */
    public static final class Builder {
        private String url;
        private WorkbenchLink link = WorkbenchLink.NONE;
        private Map<String, Object> otherFields;

        private Builder(String url) {
            this.url = url;
        }

        /**
         * The picture's URL ({@code url}).
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
         * Builds the card.
         *
         * @return the card
         * @throws io.github.wecomsdk.core.WeComValidationException if the picture's URL is missing
         */
        public ImageData build() {
            ImageData data = new ImageData(url, link.jumpUrl(), link.pagePath(), otherFields);
            WorkbenchRules.check(data);
            return data;
        }
    }
}
