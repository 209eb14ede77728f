package io.github.wecomsdk.media;

import io.github.wecomsdk.core.WeComException;
import java.time.Duration;

/**
 * A {@code media/upload_by_url} job was still processing when the caller's deadline passed. The job
 * carries on at WeCom: poll it again with {@link UrlUploads#result(String)} (a job id is valid for
 * 60 minutes), or wait for the {@code upload_media_job_finish} callback event.
 */
public class UrlUploadTimeoutException extends WeComException {

    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param jobId   the job still processing
     * @param timeout how long the caller waited
     */
    public UrlUploadTimeoutException(String jobId, Duration timeout) {
        super("The upload_by_url job " + jobId + " was still processing after " + timeout
                + "; it carries on at WeCom: poll it again with result(jobId) within 60 minutes of submitting it");
        this.jobId = jobId;
        this.timeout = timeout;
    }

    /**
     * The job still processing.
     *
     * @return the job id
     */
    public String jobId() {
        return jobId;
    }

    /**
     * How long the caller waited.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }
}
