package io.github.wecomsdk.messaging.message;

/**
 * A message an app can push to members with {@code POST /cgi-bin/message/send}: every msgtype WeCom
 * documents for app messages.
 */
public sealed interface AppMessage extends Message permits ChatMessage, MiniProgramNoticeMessage, TemplateCard {}
