package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * A news message ({@code msgtype} {@code news}): 1 to 8 articles, each a title with an optional
 * description and picture, opening a URL or a mini-program page.
 *
 * @param articles the articles, 1 to 8
 */
public record NewsMessage(@JsonProperty("articles") List<Article> articles) implements ChatMessage, RobotMessage {

    /** The most articles one news message holds. */
    public static final int MAX_ARTICLES = 8;

    /**
     * Checks and copies the articles.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if there are none or more than 8
     */
    public NewsMessage {
        articles = Rules.count(Rules.copy(articles, "news.articles"), 1, MAX_ARTICLES, "news.articles");
    }

    /**
     * A news message of these articles.
     *
     * @param articles 1 to 8 articles
     * @return the message
     */
    public static NewsMessage of(Article... articles) {
        return new NewsMessage(Arrays.asList(articles));
    }

    /**
     * A news message of these articles.
     *
     * @param articles 1 to 8 articles
     * @return the message
     */
    public static NewsMessage of(List<Article> articles) {
        return new NewsMessage(articles);
    }

    @Override
    public String msgType() {
        return "news";
    }

    /**
     * One article of a news message.
     *
     * <p>Limits: title required, at most 128 bytes; description at most 512 bytes (WeCom cuts longer
     * ones, and so does the SDK when sending: on a character boundary, reported in the result, refused
     * with the strict option); url and picurl
     * http(s), at most 2,048 bytes; either url or appid and pagepath (at most 128 bytes, both together;
     * they win over url). Group chats and robots need url and ignore the mini program.
     *
     * @param title       the title
     * @param description the description, or {@code null}
     * @param url         where a click leads, or {@code null} when a mini program is given
     * @param pictureUrl  the picture (JPG or PNG; 1068×455 large, 150×150 small), or {@code null}
     * @param appId       the mini program's appid, or {@code null}
     * @param pagePath    the mini program page, or {@code null}
     */
    public record Article(
            @JsonProperty("title") String title,
            @JsonProperty("description") String description,
            @JsonProperty("url") String url,
            @JsonProperty("picurl") String pictureUrl,
            @JsonProperty("appid") String appId,
            @JsonProperty("pagepath") String pagePath) {

        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a limit is broken
         */
        public Article {
            Checks.notBlank(title, "news.articles.title");
            Rules.url(url, 2048, "news.articles.url");
            Rules.url(pictureUrl, 2048, "news.articles.picurl");
            Rules.require(
                    (appId == null) == (pagePath == null),
                    "news.articles.appid and news.articles.pagepath must be given together");
            if (appId != null) {
                Checks.notBlank(appId, "news.articles.appid");
                Rules.text(pagePath, 128, "news.articles.pagepath");
            }
            Rules.require(
                    url != null || appId != null, "news.articles needs a url or a mini program (appid and pagepath)");
        }

        /**
         * An article opening a URL.
         *
         * @param title       at most 128 bytes
         * @param description at most 512 bytes, or {@code null}
         * @param url         an http(s) URL
         * @param pictureUrl  an http(s) picture URL, or {@code null}
         * @return the article
         */
        public static Article link(String title, String description, String url, String pictureUrl) {
            return new Article(title, description, url, pictureUrl, null, null);
        }

        /**
         * An article opening a page of a mini program linked to the app.
         *
         * @param title       at most 128 bytes
         * @param description at most 512 bytes, or {@code null}
         * @param appId       the mini program's appid
         * @param pagePath    the page, at most 128 bytes
         * @param pictureUrl  an http(s) picture URL, or {@code null}
         * @return the article
         */
        public static Article miniProgram(
                String title, String description, String appId, String pagePath, String pictureUrl) {
            return new Article(title, description, null, pictureUrl, appId, pagePath);
        }
    }
}
