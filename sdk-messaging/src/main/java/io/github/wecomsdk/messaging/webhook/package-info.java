/**
 * Group-robot webhooks: {@link io.github.wecomsdk.messaging.webhook.RobotWebhook} posts messages and
 * uploads media by webhook key; {@link io.github.wecomsdk.messaging.webhook.WebhookPacer} keeps it
 * under WeCom's 20 messages a minute.
 */
package io.github.wecomsdk.messaging.webhook;
