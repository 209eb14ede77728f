package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * A group welcome message template (入群欢迎语素材): text and at most one of image, link, mini-program,
 * file or video.
 *
 * @param text        the text, at most 4,000 bytes
 * @param image       an image (media_id or pic_url)
 * @param link        a link card
 * @param miniprogram a mini-program card
 * @param file        a file
 * @param video       a video
 */
public record GroupWelcomeTemplate(
        @JsonProperty("text") Attachment.Text text,
        @JsonProperty("image") Attachment.Image image,
        @JsonProperty("link") Attachment.Link link,
        @JsonProperty("miniprogram") Attachment.Miniprogram miniprogram,
        @JsonProperty("file") Attachment.File file,
        @JsonProperty("video") Attachment.Video video) {

    /**
     * A text-only template.
     *
     * @param content the text
     * @return the template
     */
    public static GroupWelcomeTemplate text(String content) {
        return new GroupWelcomeTemplate(Attachment.Text.of(content), null, null, null, null, null);
    }

    /**
     * With an image.
     *
     * @param value the image
     * @return a copy
     */
    public GroupWelcomeTemplate withImage(Attachment.Image value) {
        return new GroupWelcomeTemplate(text, value, link, miniprogram, file, video);
    }

    /**
     * With a link card.
     *
     * @param value the link
     * @return a copy
     */
    public GroupWelcomeTemplate withLink(Attachment.Link value) {
        return new GroupWelcomeTemplate(text, image, value, miniprogram, file, video);
    }

    /**
     * With a mini-program card.
     *
     * @param value the card
     * @return a copy
     */
    public GroupWelcomeTemplate withMiniprogram(Attachment.Miniprogram value) {
        return new GroupWelcomeTemplate(text, image, link, value, file, video);
    }

    /**
     * With a file.
     *
     * @param mediaId the file's media_id
     * @return a copy
     */
    public GroupWelcomeTemplate withFile(String mediaId) {
        return new GroupWelcomeTemplate(text, image, link, miniprogram, new Attachment.File(mediaId), video);
    }

    /**
     * With a video.
     *
     * @param mediaId the video's media_id
     * @return a copy
     */
    public GroupWelcomeTemplate withVideo(String mediaId) {
        return new GroupWelcomeTemplate(text, image, link, miniprogram, file, new Attachment.Video(mediaId));
    }

    void validate() {
        int attachments = (image == null ? 0 : 1) + (link == null ? 0 : 1) + (miniprogram == null ? 0 : 1)
                + (file == null ? 0 : 1) + (video == null ? 0 : 1);
        boolean noText = text == null || text.content() == null || text.content().isEmpty();
        if (noText && attachments == 0) {
            throw new WeComValidationException("A group welcome template needs text or an attachment");
        }
        if (attachments > 1) {
            throw new WeComValidationException("A group welcome template takes at most one of image, link,"
                    + " miniprogram, file and video; got " + attachments);
        }
        if (text != null) {
            Checks.maxBytes(text.content(), Messages.MAX_TEXT_BYTES, "text.content");
        }
        if (link != null) {
            link.check();
        }
        if (miniprogram != null) {
            miniprogram.check();
        }
    }
}
