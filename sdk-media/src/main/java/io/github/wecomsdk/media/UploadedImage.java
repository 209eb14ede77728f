package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code media/uploadimg}: a permanent URL of the image, for article bodies and
 * welcome messages. WeCom blocks the image outside WeCom pages.
 *
 * @param url the permanent image URL
 */
public record UploadedImage(@JsonProperty("url") String url) {
}
