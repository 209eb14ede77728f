package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * The answer of {@code media/uploadimg}: a permanent URL of the image, for article bodies and
 * welcome messages. WeCom blocks the image outside WeCom pages.
 *
 * @param url         the permanent image URL
 * @param otherFields fields WeCom sent that this record does not map
 */
public record UploadedImage(
        @JsonProperty("url") String url, @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

    /** Copies the unmapped fields null-safely. */
    public UploadedImage {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
