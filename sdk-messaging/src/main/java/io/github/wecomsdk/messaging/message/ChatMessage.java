package io.github.wecomsdk.messaging.message;

/**
 * A message an app can push into a group chat it created, with {@code POST /cgi-bin/appchat/send}:
 * text, image, voice, video, file, textcard, news, mpnews and markdown. Every one is also an
 * {@link AppMessage}.
 */
public sealed interface ChatMessage extends AppMessage
        permits TextMessage,
                ImageMessage,
                VoiceMessage,
                VideoMessage,
                FileMessage,
                TextCardMessage,
                NewsMessage,
                MpNewsMessage,
                MarkdownMessage {}
