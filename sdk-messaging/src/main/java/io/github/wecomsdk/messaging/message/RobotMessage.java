package io.github.wecomsdk.messaging.message;

/**
 * A message a group robot can post through its webhook ({@code POST /cgi-bin/webhook/send}): text,
 * markdown, markdown_v2, image, news, file, voice and template cards (text_notice and news_notice).
 */
public sealed interface RobotMessage extends Message
        permits TextMessage,
                MarkdownMessage,
                MarkdownV2Message,
                RobotImage,
                NewsMessage,
                FileMessage,
                VoiceMessage,
                TemplateCard {}
