package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One custom attribute of a member: in {@code extattr.attrs} (text or web) or in
 * {@code external_profile.external_attr} (text, web or mini-program). Make one with
 * {@link #text(String, String)}, {@link #web(String, String, String)} or
 * {@link #miniprogram(String, String, String, String)}.
 *
 * @param type        WeCom's raw kind: 0 text, 1 web, 2 mini-program (see {@link #kind()})
 * @param name        the attribute's name
 * @param text        the text value, for type 0
 * @param web         the link, for type 1
 * @param miniprogram the mini-program, for type 2
 */
public record ExtAttribute(
        @JsonProperty("type") int type,
        @JsonProperty("name") String name,
        @JsonProperty("text") Text text,
        @JsonProperty("web") Web web,
        @JsonProperty("miniprogram") Miniprogram miniprogram) {

    /**
     * A text attribute.
     *
     * @param name  the attribute name
     * @param value the text
     * @return the attribute
     */
    public static ExtAttribute text(String name, String value) {
        return new ExtAttribute(0, name, new Text(value), null, null);
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
        return new ExtAttribute(1, name, null, new Web(url, title), null);
    }

    /**
     * A mini-program attribute (external profile only).
     *
     * @param name     the attribute name
     * @param appid    the mini-program's appid, bound to the corp
     * @param pagepath the page path
     * @param title    the title shown
     * @return the attribute
     */
    public static ExtAttribute miniprogram(String name, String appid, String pagepath, String title) {
        return new ExtAttribute(2, name, null, null, new Miniprogram(appid, pagepath, title));
    }

    /**
     * The kind of this attribute.
     *
     * @return the kind, {@link AttributeType#UNKNOWN} for a value this SDK does not know
     */
    @JsonIgnore
    public AttributeType kind() {
        return AttributeType.of(type);
    }

    /**
     * A text value.
     *
     * @param value the text
     */
    public record Text(@JsonProperty("value") String value) {
    }

    /**
     * A web link.
     *
     * @param url   the URL
     * @param title the title
     */
    public record Web(@JsonProperty("url") String url, @JsonProperty("title") String title) {
    }

    /**
     * A mini-program.
     *
     * @param appid    the appid
     * @param pagepath the page path
     * @param title    the title
     */
    public record Miniprogram(@JsonProperty("appid") String appid, @JsonProperty("pagepath") String pagepath,
                              @JsonProperty("title") String title) {
    }
}
