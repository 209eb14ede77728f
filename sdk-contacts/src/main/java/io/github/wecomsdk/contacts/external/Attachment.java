package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Map;

/**
 * One attachment of a welcome message or mass message ({@code attachments[]}): an image, link,
 * mini-program, video or file. Make one with the static factories; the parts are also used by contact
 * way conclusions and group welcome templates.
 *
 * @param msgtype     {@code image}, {@code link}, {@code miniprogram}, {@code video} or {@code file}
 * @param image       the image, for msgtype image
 * @param link        the link, for msgtype link
 * @param miniprogram the mini-program, for msgtype miniprogram
 * @param video       the video, for msgtype video
 * @param file        the file, for msgtype file
 * @param otherFields fields WeCom sent that this record does not map
 */
public record Attachment(
        @JsonProperty("msgtype") String msgtype,
        @JsonProperty("image") Image image,
        @JsonProperty("link") Link link,
        @JsonProperty("miniprogram") Miniprogram miniprogram,
        @JsonProperty("video") Video video,
        @JsonProperty("file") File file,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

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
     * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
     */
    public Attachment {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * An image attachment from an uploaded media_id.
     *
     * @param mediaId the media_id
     * @return the attachment
     */
    public static Attachment image(String mediaId) {
        return new Attachment("image", Image.ofMediaId(mediaId), null, null, null, null, null);
    }

    /**
     * An image attachment from an image URL ({@code media/uploadimg}).
     *
     * @param picUrl the URL
     * @return the attachment
     */
    public static Attachment imageUrl(String picUrl) {
        return new Attachment("image", Image.ofUrl(picUrl), null, null, null, null, null);
    }

    /**
     * A link attachment.
     *
     * @param link the link
     * @return the attachment
     */
    public static Attachment link(Link link) {
        Checks.notNull(link, "link").check();
        return new Attachment("link", null, link, null, null, null, null);
    }

    /**
     * A mini-program attachment.
     *
     * @param miniprogram the mini-program
     * @return the attachment
     */
    public static Attachment miniprogram(Miniprogram miniprogram) {
        Checks.notNull(miniprogram, "miniprogram").check();
        return new Attachment("miniprogram", null, null, miniprogram, null, null, null);
    }

    /**
     * A video attachment.
     *
     * @param mediaId the video's media_id
     * @return the attachment
     */
    public static Attachment video(String mediaId) {
        return new Attachment(
                "video", null, null, null, new Video(Checks.notBlank(mediaId, "video.media_id"), null), null, null);
    }

    /**
     * A file attachment.
     *
     * @param mediaId the file's media_id
     * @return the attachment
     */
    public static Attachment file(String mediaId) {
        return new Attachment(
                "file", null, null, null, null, new File(Checks.notBlank(mediaId, "file.media_id"), null), null);
    }

    /**
     * Text content.
     *
     * @param content the text, at most 4,000 bytes
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Text(
            @JsonProperty("content") String content,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

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
         * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
         */
        public Text {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * Text content.
         *
         * @param content the text
         * @return the value
         */
        public static Text of(String content) {
            return new Text(content, null);
        }
    }

    /**
     * An image: a media_id or an image URL, not both.
     *
     * @param mediaId the uploaded image's media_id
     * @param picUrl  an image URL from {@code media/uploadimg}
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Image(
            @JsonProperty("media_id") String mediaId,
            @JsonProperty("pic_url") String picUrl,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

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
         * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
         */
        public Image {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * An image by media_id.
         *
         * @param mediaId the media_id
         * @return the image
         */
        public static Image ofMediaId(String mediaId) {
            return new Image(Checks.notBlank(mediaId, "image.media_id"), null, null);
        }

        /**
         * An image by URL.
         *
         * @param picUrl the URL
         * @return the image
         */
        public static Image ofUrl(String picUrl) {
            return new Image(null, Checks.notBlank(picUrl, "image.pic_url"), null);
        }
    }

    /**
     * A link card.
     *
     * @param title  the title, at most 128 bytes
     * @param picurl the cover URL
     * @param desc   the description, at most 512 bytes
     * @param url    the target URL
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Link(
            @JsonProperty("title") String title,
            @JsonProperty("picurl") String picurl,
            @JsonProperty("desc") String desc,
            @JsonProperty("url") String url,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

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
         * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
         */
        public Link {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * A link card, checked against WeCom's limits.
         *
         * @param title  the title, at most 128 bytes
         * @param picurl the cover URL, or {@code null}
         * @param desc   the description, at most 512 bytes, or {@code null}
         * @param url    the target URL
         * @return the link
         * @throws io.github.wecomsdk.core.WeComValidationException if title or url is missing or a part
         *                                                          is too long
         */
        public static Link of(String title, String picurl, String desc, String url) {
            Link link = new Link(title, picurl, desc, url, null);
            link.check();
            return link;
        }

        void check() {
            Checks.notBlank(title, "link.title");
            Checks.maxBytes(title, 128, "link.title");
            Checks.notBlank(url, "link.url");
            Checks.maxBytes(url, 2048, "link.url");
            Checks.maxBytes(picurl, 2048, "link.picurl");
            Checks.maxBytes(desc, 512, "link.desc");
        }
    }

    /**
     * A mini-program card.
     *
     * @param title      the title, at most 64 bytes
     * @param picMediaId the cover's media_id
     * @param appId      the mini-program's appId, bound to the corp
     * @param page       the page path
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Miniprogram(
            @JsonProperty("title") String title,
            @JsonProperty("pic_media_id") String picMediaId,
            @JsonProperty("appid") String appId,
            @JsonProperty("page") String page,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

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
         * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
         */
        public Miniprogram {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * A mini-program card, checked against WeCom's limits.
         *
         * @param title      the title, at most 64 bytes
         * @param picMediaId the cover's media_id
         * @param appId      the appId
         * @param page       the page path
         * @return the card
         * @throws io.github.wecomsdk.core.WeComValidationException if a part is missing or too long
         */
        public static Miniprogram of(String title, String picMediaId, String appId, String page) {
            Miniprogram card = new Miniprogram(title, picMediaId, appId, page, null);
            card.check();
            return card;
        }

        void check() {
            Checks.notBlank(title, "miniprogram.title");
            Checks.maxBytes(title, 64, "miniprogram.title");
            Checks.notBlank(picMediaId, "miniprogram.pic_media_id");
            Checks.notBlank(appId, "miniprogram.appid");
            Checks.notBlank(page, "miniprogram.page");
        }
    }

    /**
     * A video.
     *
     * @param mediaId the media_id
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Video(
            @JsonProperty("media_id") String mediaId,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

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
         * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
         */
        public Video {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * A file.
     *
     * @param mediaId the media_id
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record File(
            @JsonProperty("media_id") String mediaId,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

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
         * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
         */
        public File {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
