package io.github.wecomsdk.messaging.webhook;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * Group robots reached through a client's transport (its base URL, timeouts and retry policy; its
 * token is not used: a robot is authenticated by its webhook key alone). Immutable and thread-safe.
 *
 * <pre>{@code
 * RobotWebhook robot = Messaging.of(client).robots().webhook(System.getenv("WECOM_ROBOT_KEY"));
 * robot.send(TextMessage.of("Deploy finished").mentioning("@all"));
 * }</pre>
 */
public final class RobotWebhooks {

    private final WeComClient client;

    private RobotWebhooks(WeComClient client) {
        this.client = client;
    }

    /**
     * The robots reached through this client.
     *
     * @param client the client
     * @return the service
     * @throws WeComValidationException if the client is null
     */
    public static RobotWebhooks of(WeComClient client) {
        return new RobotWebhooks(Checks.notNull(client, "client"));
    }

    /**
     * The robot with this webhook key.
     *
     * @param key the webhook key (the {@code key} parameter of the webhook URL), a secret
     * @return the webhook, without pacing
     * @throws WeComValidationException if the key is blank or holds whitespace
     */
    public RobotWebhook webhook(String key) {
        return RobotWebhook.of(client, key);
    }

    /**
     * The robot of a webhook URL as the group's robot settings show it; only the key is taken from it.
     *
     * @param webhookUrl the webhook URL
     * @return the webhook, without pacing
     * @throws WeComValidationException if the URL has no {@code key} parameter
     */
    public RobotWebhook fromUrl(String webhookUrl) {
        return RobotWebhook.fromUrl(client, webhookUrl);
    }

    @Override
    public String toString() {
        return "RobotWebhooks";
    }
}
