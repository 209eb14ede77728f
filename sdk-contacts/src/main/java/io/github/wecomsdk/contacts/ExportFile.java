package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One encrypted result file of an export job.
 *
 * @param url  the download URL, valid 2 hours, with Range support
 * @param size the ciphertext size in bytes
 * @param md5  the ciphertext's MD5, lower-case hex
 */
public record ExportFile(
        @JsonProperty("url") String url,
        @JsonProperty("size") long size,
        @JsonProperty("md5") String md5) {
}
