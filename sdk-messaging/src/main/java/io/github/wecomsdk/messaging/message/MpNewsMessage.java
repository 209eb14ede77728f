package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * An mpnews message ({@code msgtype} {@code mpnews}): 1 to 8 articles whose HTML content is stored
 * in WeCom. Only mpnews may be sent with {@code safe} 2 (share inside the corp only).
 *
 * @param articles the articles, 1 to 8
 */
public record MpNewsMessage(@JsonProperty("articles") List<Article> articles) implements ChatMessage {

    /**
     * Checks and copies the articles.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if there are none or more than 8
     */
    public MpNewsMessage {
        articles = Rules.count(Rules.copy(articles, "mpnews.articles"), 1, NewsMessage.MAX_ARTICLES, "mpnews.articles");
    }

    /**
     * An mpnews message of these articles.
     *
     * @param articles 1 to 8 articles
     * @return the message
     */
    public static MpNewsMessage of(Article... articles) {
        return new MpNewsMessage(Arrays.asList(articles));
    }

    @Override
    public String msgType() {
        return "mpnews";
    }

    /**
     * One mpnews article.
     *
     * <p>Limits: title required, at most 128 bytes; thumb_media_id required; author at most 64
     * bytes; content required, HTML, at most 666 K bytes; digest at most 512 bytes. WeCom cuts a
     * longer title or digest, and so does the SDK when sending (on a character boundary, reported in
     * the result; refused with the strict option); a longer author or content is refused here.
     *
     * @param title            the title
     * @param thumbMediaId     the {@code media_id} of the thumbnail
     * @param author           the author, or {@code null}
     * @param contentSourceUrl the "read more" link, or {@code null}
     * @param content          the HTML content
     * @param digest           the summary, or {@code null}
     */
    public record Article(
            @JsonProperty("title") String title,
            @JsonProperty("thumb_media_id") String thumbMediaId,
            @JsonProperty("author") String author,
            @JsonProperty("content_source_url") String contentSourceUrl,
            @JsonProperty("content") String content,
            @JsonProperty("digest") String digest) {

        /** WeCom's limit on {@code content}: 666 K bytes. */
        public static final int MAX_CONTENT_BYTES = 666 * 1024;

        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a part is missing, or the author
         *                                                          or content is too long
         */
        public Article {
            Checks.notBlank(title, "mpnews.articles.title");
            Checks.notBlank(thumbMediaId, "mpnews.articles.thumb_media_id");
            Checks.maxBytes(author, 64, "mpnews.articles.author");
            Rules.url(contentSourceUrl, 2048, "mpnews.articles.content_source_url");
            Rules.text(content, MAX_CONTENT_BYTES, "mpnews.articles.content");
        }

        /**
         * An article with the required parts only.
         *
         * @param title        at most 128 bytes
         * @param thumbMediaId the thumbnail's media id
         * @param content      HTML, at most 666 K bytes
         * @return the article
         */
        public static Article of(String title, String thumbMediaId, String content) {
            return new Article(title, thumbMediaId, null, null, content, null);
        }
    }
}
