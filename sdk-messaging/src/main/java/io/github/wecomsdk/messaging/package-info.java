/**
 * WeCom message push: {@link io.github.wecomsdk.messaging.Messages} is the entry point, with
 * {@link io.github.wecomsdk.messaging.MessageService} for app messages (send at any audience size,
 * recall, template-card updates, statistics) and {@link io.github.wecomsdk.messaging.AppChatService}
 * for group chats an app creates. Message values live in {@code io.github.wecomsdk.messaging.message},
 * group-robot webhooks in {@code io.github.wecomsdk.messaging.webhook}.
 */
package io.github.wecomsdk.messaging;
