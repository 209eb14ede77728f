package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Map;

/**
 * A group welcome message template (入群欢迎语素材): text and at most one of image, link, mini-program,
 * file or video.
 *
 * @param text        the text, at most 3,000 bytes (UTF-8; doc 92366)
 * @param image       an image (media_id or pic_url)
 * @param link        a link card
 * @param miniprogram a mini-program card
 * @param file        a file
 * @param video       a video
 * @param otherFields fields WeCom sent that this record does not map
 */
public record GroupWelcomeTemplate(
        @JsonProperty("text") Attachment.Text text,
        @JsonProperty("image") Attachment.Image image,
        @JsonProperty("link") Attachment.Link link,
        @JsonProperty("miniprogram") Attachment.Miniprogram miniprogram,
        @JsonProperty("file") Attachment.File file,
        @JsonProperty("video") Attachment.Video video,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /** WeCom's limit on {@code text.content} of a group welcome template: 3,000 bytes (doc 92366). */
    public static final int MAX_TEXT_BYTES = 3000;

    /**
     * Creates the value; {@code otherFields} is copied null-safely. Prefer {@link #builder()}, which checks
     * WeCom's limits.
     *
     * @param text        the text, or {@code null}
     * @param image       an image, or {@code null}
     * @param link        a link card, or {@code null}
     * @param miniprogram a mini-program card, or {@code null}
     * @param file        a file, or {@code null}
     * @param video       a video, or {@code null}
     * @param otherFields unmapped fields, may be {@code null}
     */
    public GroupWelcomeTemplate {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Fields WeCom sent that this record does not map; written back when it is sent.
     *
     * @return the unmapped fields, never {@code null}
     */
    @Override
    @JsonAnyGetter
    public Map<String, Object> otherFields() {
        return otherFields;
    }

    /**
     * A text-only template.
     *
     * @param content the text, at most 3,000 bytes
     * @return the template
     * @throws WeComValidationException if the text is empty or over 3,000 bytes
     */
    public static GroupWelcomeTemplate text(String content) {
        return builder().text(content).build();
    }

    /**
     * Starts a template: text and at most one attachment.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GroupWelcomeTemplate}; not thread-safe. */
    public static final class Builder {

        private Attachment.Text text;
        private Attachment.Image image;
        private Attachment.Link link;
        private Attachment.Miniprogram miniprogram;
        private Attachment.File file;
        private Attachment.Video video;

        private Builder() {}

        /**
         * Sets the text; {@code %NICKNAME%} becomes the customer's nickname.
         *
         * @param content at most 3,000 bytes
         * @return this builder
         */
        public Builder text(String content) {
            this.text = Attachment.Text.of(content);
            return this;
        }

        /**
         * Sets the image.
         *
         * @param value from {@link Attachment.Image#ofMediaId(String)} or {@link Attachment.Image#ofUrl(String)}
         * @return this builder
         */
        public Builder image(Attachment.Image value) {
            this.image = value;
            return this;
        }

        /**
         * Sets the link card.
         *
         * @param value from {@link Attachment.Link#of(String, String, String, String)}
         * @return this builder
         */
        public Builder link(Attachment.Link value) {
            this.link = value;
            return this;
        }

        /**
         * Sets the mini-program card.
         *
         * @param value from {@link Attachment.Miniprogram#of(String, String, String, String)}
         * @return this builder
         */
        public Builder miniprogram(Attachment.Miniprogram value) {
            this.miniprogram = value;
            return this;
        }

        /**
         * Sets the file.
         *
         * @param mediaId the file's media_id
         * @return this builder
         */
        public Builder file(String mediaId) {
            this.file = new Attachment.File(Checks.notBlank(mediaId, "file.media_id"), null);
            return this;
        }

        /**
         * Sets the video.
         *
         * @param mediaId the video's media_id
         * @return this builder
         */
        public Builder video(String mediaId) {
            this.video = new Attachment.Video(Checks.notBlank(mediaId, "video.media_id"), null);
            return this;
        }

        /**
         * Builds the template and checks WeCom's limits.
         *
         * @return the template
         * @throws WeComValidationException if it has neither text nor an attachment, more than one attachment,
         *         a text over 3,000 bytes, or a card missing a required field
         */
        public GroupWelcomeTemplate build() {
            GroupWelcomeTemplate template = new GroupWelcomeTemplate(text, image, link, miniprogram, file, video, null);
            template.validate();
            return template;
        }
    }

    void validate() {
        int attachments = (image == null ? 0 : 1)
                + (link == null ? 0 : 1)
                + (miniprogram == null ? 0 : 1)
                + (file == null ? 0 : 1)
                + (video == null ? 0 : 1);
        boolean noText =
                text == null || text.content() == null || text.content().isEmpty();
        if (noText && attachments == 0) {
            throw new WeComValidationException("A group welcome template needs text or an attachment");
        }
        if (attachments > 1) {
            throw new WeComValidationException("A group welcome template takes at most one of image, link,"
                    + " miniprogram, file and video; got " + attachments);
        }
        if (text != null) {
            Checks.maxBytes(text.content(), MAX_TEXT_BYTES, "text.content");
        }
        if (link != null) {
            link.check();
        }
        if (miniprogram != null) {
            miniprogram.check();
        }
    }
}
