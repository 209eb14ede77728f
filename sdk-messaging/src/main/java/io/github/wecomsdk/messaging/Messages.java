package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.webhook.RobotWebhook;

/**
 * WeCom's message push, made from a client built with an app's secret and agent id:
 * {@link #messages()} for app messages, recalls, card updates and statistics; {@link #appChats()}
 * for group chats the app creates. Group robots, which use a webhook key instead of the app's token,
 * are {@link RobotWebhook}s.
 *
 * <pre>{@code
 * Messages messages = Messages.of(client);
 * messages.messages().send(Audience.all(), MarkdownMessage.of("**Deploy** done"));
 * }</pre>
 */
public final class Messages {

    private final WeComClient client;
    private final MessageService messages;
    private final AppChatService appChats;

    private Messages(WeComClient client) {
        this.client = client;
        this.messages = new MessageService(client);
        this.appChats = new AppChatService(client);
    }

    /**
     * The message services for this client's app.
     *
     * @param client a client built with the app's secret and {@code agentId}
     * @return the entry point
     */
    public static Messages of(WeComClient client) {
        return new Messages(Checks.notNull(client, "client"));
    }

    /**
     * App messages: send, recall, update template cards, statistics.
     *
     * @return the service
     */
    public MessageService messages() {
        return messages;
    }

    /**
     * Group chats created by the app: create, update, get, send.
     *
     * @return the service
     */
    public AppChatService appChats() {
        return appChats;
    }

    /**
     * A group robot's webhook reached through this client's transport; same as
     * {@link RobotWebhook#of(WeComClient, String)}.
     *
     * @param key the webhook key, a secret
     * @return the webhook
     * @throws io.github.wecomsdk.core.WeComValidationException if the key is blank
     */
    public RobotWebhook robot(String key) {
        return RobotWebhook.of(client, key);
    }
}
