package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.media.Media;
import io.github.wecomsdk.media.MediaKind;
import io.github.wecomsdk.media.UploadedMedia;
import io.github.wecomsdk.messaging.message.FileMessage;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.webhook.RobotWebhook;
import io.github.wecomsdk.messaging.webhook.WebhookPacer;
import java.nio.file.Path;
import java.util.List;

/**
 * The compiled twins of the Java examples in sdk-messaging's Javadoc, checked by {@link JavadocSnippetsTest}:
 * each method holds one example verbatim, the names it assumes being its parameters.
 */
final class MessagingJavadocExamples {

    private MessagingJavadocExamples() {}

    // AppChats
    static String appChats(WeComClient client) {
        AppChats chats = Messaging.of(client).appChats();
        String chatId = chats.create(NewAppChat.of("On-call", List.of("zhangsan", "lisi")))
                .chatId();
        chats.send(chatId, TextMessage.of("Hello").mentioning("@all"));
        return chatId;
    }

    // webhook/RobotWebhooks
    static void robotWebhooks(WeComClient client) {
        RobotWebhook robot = Messaging.of(client).robots().webhook(System.getenv("WECOM_ROBOT_KEY"));
        robot.send(TextMessage.of("Deploy finished").mentioning("@all"));
    }

    // webhook/RobotWebhook
    static void robotWebhook(WeComClient client) {
        RobotWebhook robot =
                RobotWebhook.of(client, System.getenv("WECOM_ROBOT_KEY")).withPacer(WebhookPacer.wecomLimit());
        robot.send(TextMessage.of("Deploy finished").mentioning("@all"));
    }

    // Messaging
    static SendResult messaging(WeComClient client) {
        Messaging messaging = Messaging.of(client);
        SendResult sent = messaging.send(Audience.users("zhangsan", "lisi"), TextMessage.of("Build #42 passed"));
        return sent;
    }

    // TemplateCards
    static void templateCards(Messaging messaging, List<String> userIds, TemplateCard card) {
        SendResult sent = messaging.send(Audience.users(userIds), card);
        for (SentSlice slice : sent.slices()) {
            messaging.templateCards().replaceButtons(slice, "Closed");
        }
    }

    // message/MediaReference
    static void mediaReference(WeComClient client, Messaging messaging) {
        UploadedMedia report = Media.of(client).temporary().upload(MediaKind.FILE, Path.of("report.pdf"));
        messaging.send(Audience.users("zhangsan"), FileMessage.of(report::mediaId));
    }

    // Audience
    static List<Audience> audience() {
        Audience some = Audience.users("zhangsan", "lisi").andDepartments(2, 3).andTags(7);
        Audience everyone = Audience.all();
        return List.of(some, everyone);
    }
}
