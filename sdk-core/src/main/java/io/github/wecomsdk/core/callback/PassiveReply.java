package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.event.TemplateCardEvent;
import java.util.List;

/**
 * A passive reply: the message sent back in the HTTP response to a callback, shown to the member who
 * triggered it. Build one with the static factories; {@link CallbackHandler} fills in the addressing,
 * serialises it with {@link #toXml(String, String, long)} and encrypts it with
 * {@link CallbackCrypto#encryptReply(String, String, String)}.
 *
 * <p>WeCom must receive the reply within 5 seconds of posting the callback; for slower work answer with
 * no reply and send a message through the API later.
 */
public sealed interface PassiveReply {

    /**
     * Serialises the reply to the plaintext XML WeCom expects.
     *
     * @param toUserName   the member's user id (the callback's {@code FromUserName})
     * @param fromUserName the corp id (the callback's {@code ToUserName})
     * @param createTime   Unix seconds
     * @return the plaintext XML, to be encrypted
     * @throws CallbackException ({@link Reason#INVALID_REPLY}) when a value cannot be carried in XML
     */
    String toXml(String toUserName, String fromUserName, long createTime);

    /**
     * A text reply. WeCom truncates content over 2048 bytes.
     *
     * @param content the text
     * @return the reply
     */
    static PassiveReply text(String content) {
        return new Text(content);
    }

    /**
     * An image reply.
     *
     * @param mediaId the image's media id from the media upload API
     * @return the reply
     */
    static PassiveReply image(String mediaId) {
        return new Image(mediaId);
    }

    /**
     * A voice reply.
     *
     * @param mediaId the voice's media id from the media upload API
     * @return the reply
     */
    static PassiveReply voice(String mediaId) {
        return new Voice(mediaId);
    }

    /**
     * A video reply.
     *
     * @param mediaId     the video's media id from the media upload API
     * @param title       the title, up to 128 bytes; may be null
     * @param description the description, up to 512 bytes; may be null
     * @return the reply
     */
    static PassiveReply video(String mediaId, String title, String description) {
        return new Video(mediaId, title, description);
    }

    /**
     * A news (articles) reply.
     *
     * @param articles 1 to 8 articles
     * @return the reply
     * @throws CallbackException ({@link Reason#INVALID_REPLY}) when there are no articles or more than 8
     */
    static PassiveReply news(List<NewsArticle> articles) {
        return new News(articles);
    }

    /**
     * Replaces the text of the button the member clicked on a template card; only valid as the reply to a
     * {@link TemplateCardEvent} for button, vote or multiple-choice cards.
     *
     * @param replaceName the new button text
     * @return the reply
     */
    static PassiveReply updateButton(String replaceName) {
        return new UpdateButton(replaceName);
    }

    /**
     * A text reply.
     *
     * @param content the text; WeCom truncates over 2048 bytes
     */
    record Text(String content) implements PassiveReply {

        /**
         * Creates a text reply.
         *
         * @param content the text, not null
         */
        public Text {
            ReplyXml.require(content, "content");
        }

        @Override
        public String toXml(String toUserName, String fromUserName, long createTime) {
            StringBuilder sb = ReplyXml.open(toUserName, fromUserName, createTime, "text");
            ReplyXml.field(sb, "Content", content);
            return ReplyXml.close(sb);
        }
    }

    /**
     * An image reply.
     *
     * @param mediaId the image's media id
     */
    record Image(String mediaId) implements PassiveReply {

        /**
         * Creates an image reply.
         *
         * @param mediaId the media id, not empty
         */
        public Image {
            ReplyXml.requireText(mediaId, "mediaId");
        }

        @Override
        public String toXml(String toUserName, String fromUserName, long createTime) {
            StringBuilder sb = ReplyXml.open(toUserName, fromUserName, createTime, "image");
            sb.append("<Image>");
            ReplyXml.field(sb, "MediaId", mediaId);
            sb.append("</Image>");
            return ReplyXml.close(sb);
        }
    }

    /**
     * A voice reply.
     *
     * @param mediaId the voice's media id
     */
    record Voice(String mediaId) implements PassiveReply {

        /**
         * Creates a voice reply.
         *
         * @param mediaId the media id, not empty
         */
        public Voice {
            ReplyXml.requireText(mediaId, "mediaId");
        }

        @Override
        public String toXml(String toUserName, String fromUserName, long createTime) {
            StringBuilder sb = ReplyXml.open(toUserName, fromUserName, createTime, "voice");
            sb.append("<Voice>");
            ReplyXml.field(sb, "MediaId", mediaId);
            sb.append("</Voice>");
            return ReplyXml.close(sb);
        }
    }

    /**
     * A video reply.
     *
     * @param mediaId     the video's media id
     * @param title       the title, up to 128 bytes; may be null
     * @param description the description, up to 512 bytes; may be null
     */
    record Video(String mediaId, String title, String description) implements PassiveReply {

        /**
         * Creates a video reply.
         *
         * @param mediaId     the media id, not empty
         * @param title       the title; may be null
         * @param description the description; may be null
         */
        public Video {
            ReplyXml.requireText(mediaId, "mediaId");
            ReplyXml.optional(title, "title");
            ReplyXml.optional(description, "description");
        }

        @Override
        public String toXml(String toUserName, String fromUserName, long createTime) {
            StringBuilder sb = ReplyXml.open(toUserName, fromUserName, createTime, "video");
            sb.append("<Video>");
            ReplyXml.field(sb, "MediaId", mediaId);
            ReplyXml.field(sb, "Title", title);
            ReplyXml.field(sb, "Description", description);
            sb.append("</Video>");
            return ReplyXml.close(sb);
        }
    }

    /**
     * A news reply.
     *
     * @param articles 1 to 8 articles
     */
    record News(List<NewsArticle> articles) implements PassiveReply {

        /** Most articles one news reply carries. */
        public static final int MAX_ARTICLES = 8;

        /**
         * Creates a news reply; the list is copied.
         *
         * @param articles 1 to 8 articles
         */
        public News {
            if (articles == null || articles.isEmpty() || articles.size() > MAX_ARTICLES) {
                throw new CallbackException(
                        Reason.INVALID_REPLY, "a news reply carries 1 to " + MAX_ARTICLES + " articles");
            }
            for (NewsArticle article : articles) {
                if (article == null) {
                    throw new CallbackException(Reason.INVALID_REPLY, "a news article is missing");
                }
                ReplyXml.require(article.title(), "title");
                ReplyXml.optional(article.description(), "description");
                ReplyXml.optional(article.url(), "url");
                ReplyXml.optional(article.picUrl(), "picUrl");
            }
            articles = List.copyOf(articles);
        }

        @Override
        public String toXml(String toUserName, String fromUserName, long createTime) {
            StringBuilder sb = ReplyXml.open(toUserName, fromUserName, createTime, "news");
            sb.append("<ArticleCount>").append(articles.size()).append("</ArticleCount><Articles>");
            for (NewsArticle article : articles) {
                sb.append("<item>");
                ReplyXml.field(sb, "Title", article.title());
                ReplyXml.field(sb, "Description", article.description());
                ReplyXml.field(sb, "PicUrl", article.picUrl());
                ReplyXml.field(sb, "Url", article.url());
                sb.append("</item>");
            }
            sb.append("</Articles>");
            return ReplyXml.close(sb);
        }
    }

    /**
     * A template-card button update ({@code MsgType=update_button}).
     *
     * @param replaceName the new button text
     */
    record UpdateButton(String replaceName) implements PassiveReply {

        /**
         * Creates a button update.
         *
         * @param replaceName the new button text, not empty
         */
        public UpdateButton {
            ReplyXml.requireText(replaceName, "replaceName");
        }

        @Override
        public String toXml(String toUserName, String fromUserName, long createTime) {
            StringBuilder sb = ReplyXml.open(toUserName, fromUserName, createTime, "update_button");
            sb.append("<Button>");
            ReplyXml.field(sb, "ReplaceName", replaceName);
            sb.append("</Button>");
            return ReplyXml.close(sb);
        }
    }
}
