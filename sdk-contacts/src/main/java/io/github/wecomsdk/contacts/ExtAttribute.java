package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * One custom attribute of a member: in {@code extattr.attrs} (text or web) or in
 * {@code external_profile.external_attr} (text, web or mini-program). Make one with
 * {@link #text(String, String)}, {@link #web(String, String, String)} or
 * {@link #miniprogram(String, String, String, String)}. Read from WeCom and sent back, fields this
 * SDK does not map travel with it.
 *
 * @param type        WeCom's raw kind: 0 text, 1 web, 2 mini-program (see {@link #kind()})
 * @param name        the attribute's name
 * @param text        the text value, for type 0
 * @param web         the link, for type 1
 * @param miniprogram the mini-program, for type 2
 * @param otherFields fields WeCom sent that this record does not map
 */
public record ExtAttribute(
        @JsonProperty("type") int type,
        @JsonProperty("name") String name,
        @JsonProperty("text") Text text,
        @JsonProperty("web") Web web,
        @JsonProperty("miniprogram") Miniprogram miniprogram,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param type        the raw kind
     * @param name        the name
     * @param text        the text value, or {@code null}
     * @param web         the link, or {@code null}
     * @param miniprogram the mini-program, or {@code null}
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ExtAttribute {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Fields WeCom sent that this record does not map; written back when the attribute is sent.
     *
     * @return the unmapped fields, never {@code null}
     */
    @Override
    @JsonAnyGetter
    public Map<String, Object> otherFields() {
        return otherFields;
    }

    /**
     * A text attribute.
     *
     * @param name  the attribute name
     * @param value the text
     * @return the attribute
     */
    public static ExtAttribute text(String name, String value) {
        return new ExtAttribute(0, name, new Text(value, null), null, null, null);
    }

    /**
     * A web-link attribute.
     *
     * @param name  the attribute name
     * @param url   the link, starting with http:// or https://
     * @param title the link's title
     * @return the attribute
     */
    public static ExtAttribute web(String name, String url, String title) {
        return new ExtAttribute(1, name, null, new Web(url, title, null), null, null);
    }

    /**
     * A mini-program attribute (external profile only).
     *
     * @param name     the attribute name
     * @param appId    the mini-program's appid, bound to the corp
     * @param pagePath the page path
     * @param title    the title shown
     * @return the attribute
     */
    public static ExtAttribute miniprogram(String name, String appId, String pagePath, String title) {
        return new ExtAttribute(2, name, null, null, new Miniprogram(appId, pagePath, title, null), null);
    }

    /**
     * The kind of this attribute.
     *
     * @return the kind, {@link AttributeType#UNKNOWN} for a value this SDK does not know
     */
    @JsonIgnore
    public AttributeType kind() {
        return AttributeType.fromWire(type);
    }

    /**
     * A text value.
     *
     * @param value       the text
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Text(
            @JsonProperty("value") String value,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

        /**
         * Creates the value.
         *
         * @param value       the text
         * @param otherFields unmapped fields, may be {@code null}
         */
        public Text {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * Fields WeCom sent that this record does not map; written back when sent.
         *
         * @return the unmapped fields, never {@code null}
         */
        @Override
        @JsonAnyGetter
        public Map<String, Object> otherFields() {
            return otherFields;
        }
    }

    /**
     * A web link.
     *
     * @param url         the URL
     * @param title       the title
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Web(
            @JsonProperty("url") String url,
            @JsonProperty("title") String title,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value.
         *
         * @param url         the URL
         * @param title       the title
         * @param otherFields unmapped fields, may be {@code null}
         */
        public Web {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * Fields WeCom sent that this record does not map; written back when sent.
         *
         * @return the unmapped fields, never {@code null}
         */
        @Override
        @JsonAnyGetter
        public Map<String, Object> otherFields() {
            return otherFields;
        }
    }

    /**
     * A mini-program.
     *
     * @param appId       the appid ({@code appid})
     * @param pagePath    the page path ({@code pagepath})
     * @param title       the title
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Miniprogram(
            @JsonProperty("appid") String appId,
            @JsonProperty("pagepath") String pagePath,
            @JsonProperty("title") String title,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value.
         *
         * @param appId       the appid
         * @param pagePath    the page path
         * @param title       the title
         * @param otherFields unmapped fields, may be {@code null}
         */
        public Miniprogram {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * Fields WeCom sent that this record does not map; written back when sent.
         *
         * @return the unmapped fields, never {@code null}
         */
        @Override
        @JsonAnyGetter
        public Map<String, Object> otherFields() {
            return otherFields;
        }
    }
}
