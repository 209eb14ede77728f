package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A WeCom message: one {@code msgtype} and its payload object. Each type is an immutable value that
 * refuses, when built, what WeCom would refuse (missing fields, lengths, counts), with a
 * {@link io.github.wecomsdk.core.WeComValidationException} naming the field and the limit.
 *
 * <p>Where a message may go is part of its type: {@link AppMessage} for {@code message/send},
 * {@link ChatMessage} for {@code appchat/send}, {@link RobotMessage} for group-robot webhooks.
 */
public sealed interface Message permits AppMessage, RobotMessage {

    /**
     * WeCom's {@code msgtype}, which is also the name of the payload object in the request.
     *
     * @return such as {@code text} or {@code template_card}
     */
    @JsonIgnore
    String msgType();
}
