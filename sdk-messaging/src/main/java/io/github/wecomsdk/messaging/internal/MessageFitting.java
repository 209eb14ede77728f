package io.github.wecomsdk.messaging.internal;

import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.message.AppMessage;
import io.github.wecomsdk.messaging.message.ChatMessage;
import io.github.wecomsdk.messaging.message.MpNewsMessage;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.RobotMessage;
import io.github.wecomsdk.messaging.message.TextCardMessage;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.message.VideoMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies each endpoint's length rules to a message just before it is sent: where WeCom documents
 * that it cuts a field ("超过将截断"), the field is cut on a character boundary (or refused in strict
 * mode); where it documents a plain limit, a longer field is refused.
 *
 * <p>The per-field, per-endpoint table is in the package documentation of
 * {@code io.github.wecomsdk.messaging} (package-info.java); keep the two in step.
 */
public final class MessageFitting {

    private MessageFitting() {}

    /**
     * Fits a message for {@code message/send}.
     *
     * @param message    the message
     * @param truncation the pass that records or refuses cuts
     * @return the message as it will be sent
     */
    public static AppMessage forAppSend(AppMessage message, Truncation truncation) {
        if (message instanceof TextMessage text) {
            String content = truncation.bytes(text.content(), TextMessage.MAX_CONTENT_BYTES, "text.content");
            return content.equals(text.content())
                    ? text
                    : new TextMessage(content, text.mentionedList(), text.mentionedMobileList());
        }
        if (message instanceof TextCardMessage card) {
            return new TextCardMessage(
                    truncation.chars(card.title(), 128, "textcard.title"),
                    truncation.chars(card.description(), 512, "textcard.description"),
                    card.url(),
                    truncation.chars(card.buttonText(), 4, "textcard.btntxt"));
        }
        if (message instanceof ChatMessage chat) {
            return common(chat, truncation);
        }
        return message;
    }

    /**
     * Fits a message for {@code appchat/send}.
     *
     * @param message    the message
     * @param truncation the pass that records or refuses cuts
     * @return the message as it will be sent
     * @throws io.github.wecomsdk.core.WeComValidationException if a text is over 2,048 bytes
     */
    public static ChatMessage forChat(ChatMessage message, Truncation truncation) {
        if (message instanceof TextMessage text) {
            Checks.maxBytes(text.content(), TextMessage.MAX_CONTENT_BYTES, "text.content");
            return text;
        }
        if (message instanceof TextCardMessage card) {
            return new TextCardMessage(
                    truncation.bytes(card.title(), 128, "textcard.title"),
                    truncation.bytes(card.description(), 512, "textcard.description"),
                    card.url(),
                    truncation.chars(card.buttonText(), 4, "textcard.btntxt"));
        }
        return common(message, truncation);
    }

    /**
     * Fits a message for a robot's {@code webhook/send}.
     *
     * @param message    the message
     * @param truncation the pass that records or refuses cuts
     * @return the message as it will be sent
     * @throws io.github.wecomsdk.core.WeComValidationException if a text is over 2,048 bytes
     */
    public static RobotMessage forRobot(RobotMessage message, Truncation truncation) {
        if (message instanceof TextMessage text) {
            Checks.maxBytes(text.content(), TextMessage.MAX_CONTENT_BYTES, "text.content");
            return text;
        }
        if (message instanceof NewsMessage news) {
            return news(news, truncation);
        }
        return message;
    }

    private static ChatMessage common(ChatMessage message, Truncation truncation) {
        if (message instanceof NewsMessage news) {
            return news(news, truncation);
        }
        if (message instanceof MpNewsMessage mpnews) {
            List<MpNewsMessage.Article> articles = new ArrayList<>();
            for (MpNewsMessage.Article a : mpnews.articles()) {
                articles.add(new MpNewsMessage.Article(
                        truncation.bytes(a.title(), 128, "mpnews.articles.title"),
                        a.thumbMediaId(),
                        a.author(),
                        a.contentSourceUrl(),
                        a.content(),
                        truncation.bytes(a.digest(), 512, "mpnews.articles.digest")));
            }
            return new MpNewsMessage(articles);
        }
        if (message instanceof VideoMessage video) {
            return new VideoMessage(
                    video.mediaId(),
                    truncation.bytes(video.title(), 128, "video.title"),
                    truncation.bytes(video.description(), 512, "video.description"));
        }
        return message;
    }

    private static NewsMessage news(NewsMessage news, Truncation truncation) {
        List<NewsMessage.Article> articles = new ArrayList<>();
        for (NewsMessage.Article a : news.articles()) {
            articles.add(new NewsMessage.Article(
                    truncation.bytes(a.title(), 128, "news.articles.title"),
                    truncation.bytes(a.description(), 512, "news.articles.description"),
                    a.url(),
                    a.pictureUrl(),
                    a.appId(),
                    a.pagePath()));
        }
        return new NewsMessage(articles);
    }
}
