package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * A text card ({@code msgtype} {@code textcard}): a title, a description that may use
 * {@code <div class="gray|normal|highlight">} and {@code <br>}, a link and a button text.
 *
 * <p>Limits ({@code message/send}): title at most 128 characters, description at most 512
 * characters, url required (http or https, at most 2,048 bytes), btntxt at most 4 characters
 * (WeCom shows 详情 when absent). Group chats count title and description in bytes (128 and 512).
 * WeCom cuts a longer title, description or btntxt, and so does the SDK when sending, by the
 * endpoint's rule (on a character boundary, reported in the result; refused with the strict option).
 *
 * @param title       the title
 * @param description the description
 * @param url         where a click leads
 * @param buttonText  the button text, or {@code null}
 */
public record TextCardMessage(
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("url") String url,
        @JsonProperty("btntxt") String buttonText)
        implements ChatMessage {

    /**
     * Checks the parts.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if a required part is missing or the url
     *                                                          is not an http(s) URL of at most 2,048 bytes
     */
    public TextCardMessage {
        Checks.notBlank(title, "textcard.title");
        Checks.notBlank(description, "textcard.description");
        Rules.url(Checks.notBlank(url, "textcard.url"), 2048, "textcard.url");
        if (buttonText != null) {
            Checks.notBlank(buttonText, "textcard.btntxt");
        }
    }

    /**
     * A card with WeCom's default button text.
     *
     * @param title       at most 128 characters
     * @param description at most 512 characters
     * @param url         an http(s) URL
     * @return the message
     */
    public static TextCardMessage of(String title, String description, String url) {
        return new TextCardMessage(title, description, url, null);
    }

    /**
     * This card with another button text.
     *
     * @param buttonText at most 4 characters
     * @return a new message
     */
    public TextCardMessage withButtonText(String buttonText) {
        return new TextCardMessage(title, description, url, buttonText);
    }

    @Override
    public String msgType() {
        return "textcard";
    }
}
