/**
 * WeCom message types as immutable values that refuse, when built, what WeCom would refuse. The
 * interfaces say where a message may go: {@link io.github.wecomsdk.messaging.message.AppMessage}
 * ({@code message/send}), {@link io.github.wecomsdk.messaging.message.ChatMessage}
 * ({@code appchat/send}) and {@link io.github.wecomsdk.messaging.message.RobotMessage} (robot webhooks).
 */
package io.github.wecomsdk.messaging.message;
