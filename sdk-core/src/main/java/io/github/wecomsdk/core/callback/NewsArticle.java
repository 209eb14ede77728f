package io.github.wecomsdk.core.callback;

/**
 * One article of a {@link PassiveReply#news(java.util.List) news reply}. WeCom truncates a title over 128
 * bytes and a description over 512 bytes.
 *
 * @param title       the title, up to 128 bytes
 * @param description the description, up to 512 bytes; may be null
 * @param url         the link opened on click; may be null
 * @param picUrl      the cover image (JPG or PNG; 1068x455 for the first article, 150x150 for others);
 *                    may be null
 */
public record NewsArticle(String title, String description, String url, String picUrl) {

    /**
     * Creates an article with a title and a link.
     *
     * @param title the title
     * @param url   the link
     * @return the article
     */
    public static NewsArticle of(String title, String url) {
        return new NewsArticle(title, null, url, null);
    }
}
