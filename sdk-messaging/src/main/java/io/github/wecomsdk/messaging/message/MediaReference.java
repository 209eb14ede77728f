package io.github.wecomsdk.messaging.message;

/**
 * Anything that names an uploaded media file by its {@code media_id}: a
 * {@link io.github.wecomsdk.messaging.webhook.RobotMedia} directly, or, without this module depending
 * on {@code wecom-sdk-media}, that module's {@code UploadedMedia} as a method reference:
 *
 * <pre>{@code
 * UploadedMedia report = Media.of(client).temporary().upload(MediaKind.FILE, Path.of("report.pdf"));
 * messaging.send(Audience.users("zhangsan"), FileMessage.of(report::mediaId));
 * }</pre>
 */
@FunctionalInterface
public interface MediaReference {

    /**
     * The media id.
     *
     * @return WeCom's {@code media_id}
     */
    String mediaId();
}
