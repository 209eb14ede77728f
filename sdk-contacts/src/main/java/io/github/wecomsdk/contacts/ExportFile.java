package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * One encrypted result file of an export job.
 *
 * @param url         the download URL, valid 2 hours, with Range support
 * @param size        the ciphertext size in bytes
 * @param md5         the ciphertext's MD5, lower-case hex
 * @param otherFields fields WeCom sent that this record does not map
 */
public record ExportFile(
        @JsonProperty("url") String url,
        @JsonProperty("size") long size,
        @JsonProperty("md5") String md5,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param url         the download URL
     * @param size        the ciphertext size
     * @param md5         the ciphertext's MD5
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ExportFile {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Leaves the URL's query (a signature) out.
     *
     * @return a description
     */
    @Override
    public String toString() {
        int query = url == null ? -1 : url.indexOf('?');
        return "ExportFile[url=" + (query < 0 ? url : url.substring(0, query) + "?…") + ", size=" + size + ", md5="
                + md5 + "]";
    }
}
