package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code media/upload_by_url}: the job to poll. A job id is valid for 60 minutes.
 *
 * @param jobId the job id
 */
public record UrlUploadJob(@JsonProperty("jobid") String jobId) {
}
