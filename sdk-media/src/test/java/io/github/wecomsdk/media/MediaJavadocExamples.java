package io.github.wecomsdk.media;

import io.github.wecomsdk.core.WeComClient;
import java.nio.file.Path;

/**
 * The compiled twins of the Java examples in sdk-media's Javadoc, checked by {@link JavadocSnippetsTest}:
 * each method holds one example verbatim, the names it assumes being its parameters.
 */
final class MediaJavadocExamples {

    private MediaJavadocExamples() {}

    // Media
    static String media(WeComClient client) {
        Media media = Media.of(client);
        UploadedMedia photo = media.temporary().upload(MediaKind.IMAGE, Path.of("photo.jpg"));
        media.temporary().download(photo.mediaId(), Path.of("copy.jpg"));
        String url = media.images().upload(Path.of("banner.png")).url();
        return url;
    }
}
