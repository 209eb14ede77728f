/**
 * WeCom message push: {@link io.github.wecomsdk.messaging.Messaging} is the entry point, sending app
 * messages at any audience size, recalling them and reading statistics, with
 * {@link io.github.wecomsdk.messaging.TemplateCards} for card updates,
 * {@link io.github.wecomsdk.messaging.AppChats} for the group chats an app creates and
 * {@link io.github.wecomsdk.messaging.webhook.RobotWebhooks} for group robots.
 *
 * <p><b>Over-long fields.</b> Where WeCom documents that it cuts a field ("超过将截断"), the SDK cuts it
 * first, after the last whole character that fits (never inside a UTF-8 sequence or a surrogate pair),
 * and lists the field in the result's {@code truncatedFields()}; the {@code strict} option of each
 * endpoint ({@link io.github.wecomsdk.messaging.SendOptions#strict()},
 * {@link io.github.wecomsdk.messaging.ChatOptions#strict()},
 * {@link io.github.wecomsdk.messaging.webhook.RobotWebhook#strict()}) refuses instead. Where WeCom
 * documents a plain limit, a longer field is refused with a
 * {@link io.github.wecomsdk.core.WeComValidationException} before any request. Per field and endpoint,
 * as WeCom's documents state them (bytes are UTF-8 bytes, characters are code points):
 *
 * <table>
 *   <caption>What happens to an over-long field</caption>
 *   <tr><th>field</th><th>message/send (doc 90236)</th><th>appchat/send (90248)</th>
 *       <th>webhook/send (91770)</th></tr>
 *   <tr><td>text.content</td><td>cut at 2,048 bytes</td><td>refused over 2,048 bytes</td>
 *       <td>refused over 2,048 bytes</td></tr>
 *   <tr><td>markdown.content</td><td>refused over 2,048 bytes</td><td>refused over 2,048 bytes</td>
 *       <td>refused over 4,096 bytes</td></tr>
 *   <tr><td>textcard.title / description</td><td>cut at 128 / 512 characters</td>
 *       <td>cut at 128 / 512 bytes</td><td>-</td></tr>
 *   <tr><td>textcard.btntxt</td><td>cut at 4 characters</td><td>cut at 4 characters</td><td>-</td></tr>
 *   <tr><td>news title / description</td><td>cut at 128 / 512 bytes</td><td>cut at 128 / 512 bytes</td>
 *       <td>cut at 128 / 512 bytes</td></tr>
 *   <tr><td>mpnews title / digest</td><td>cut at 128 / 512 bytes</td><td>cut at 128 / 512 bytes</td>
 *       <td>-</td></tr>
 *   <tr><td>mpnews author / content</td><td>refused over 64 bytes / 666 K bytes</td>
 *       <td>refused over 64 bytes / 666 K bytes</td><td>-</td></tr>
 *   <tr><td>video title / description</td><td>cut at 128 / 512 bytes</td><td>cut at 128 / 512 bytes</td>
 *       <td>-</td></tr>
 *   <tr><td>template_card texts</td><td>sent as given (WeCom only advises lengths)</td><td>-</td>
 *       <td>sent as given</td></tr>
 *   <tr><td>template_card keys / option ids / task_id</td><td>refused over 1,024 / 128 / 128 bytes</td>
 *       <td>-</td><td>refused over 1,024 / 128 / 128 bytes</td></tr>
 * </table>
 *
 * <p>{@code appchat/create} and {@code appchat/update} (docs 90245, 90246) cut a chat name at 50
 * characters the same way ({@link io.github.wecomsdk.messaging.ChatOptions#strict()} refuses).
 */
package io.github.wecomsdk.messaging;
