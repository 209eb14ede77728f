package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Asynchronous uploads of large files from a URL (异步上传临时素材): {@code media/upload_by_url} starts a
 * job in which WeCom downloads the file itself (up to 200 MB), {@code media/get_upload_by_url_result}
 * reports on it, and {@link #awaitMedia(String, Duration)} polls until it finishes or a deadline passes.
 *
 * <p>The resulting media ids work only with the scene's APIs and {@code media/get} (which needs
 * ranges of at most 20 MB for them; {@link TemporaryMedia#open(String)} handles that). The token needs
 * customer-contact permission. Immutable and thread-safe.
 */
public final class UrlUploads {

    static final String SUBMIT_PATH = "/cgi-bin/media/upload_by_url";
    static final String RESULT_PATH = "/cgi-bin/media/get_upload_by_url_result";

    /** The default pause between two polls: 3 seconds. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(3);

    private final WeComClient client;
    private final Duration interval;
    private final Clock clock;
    private final RetryPolicy.Sleeper sleeper;

    UrlUploads(WeComClient client, Duration interval, Clock clock, RetryPolicy.Sleeper sleeper) {
        this.client = client;
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static UrlUploads defaults(WeComClient client) {
        return new UrlUploads(
                client, DEFAULT_POLL_INTERVAL, Clock.systemUTC(), delay -> Thread.sleep(delay.toMillis()));
    }

    /**
     * A variant that polls every {@code interval}, reading time from {@code clock} and waiting with
     * {@code sleeper} (tests pass a fake clock and a sleeper that advances it).
     *
     * @param interval the pause between polls, at least 1 ms
     * @param clock    the clock deadlines are measured on
     * @param sleeper  waits between polls
     * @return the variant
     * @throws WeComValidationException if an argument is missing or the interval is not positive
     */
    public UrlUploads withPolling(Duration interval, Clock clock, RetryPolicy.Sleeper sleeper) {
        if (interval == null || interval.toMillis() < 1) {
            throw new WeComValidationException("interval must be at least 1 ms; got " + interval);
        }
        return new UrlUploads(client, interval, Checks.notNull(clock, "clock"), Checks.notNull(sleeper, "sleeper"));
    }

    /**
     * Starts a job in which WeCom downloads a file from a URL ({@code POST /cgi-bin/media/upload_by_url}).
     * Not retried once it may have reached WeCom (a repeat would start a second job).
     *
     * <p>WeCom's limits: video (MP4 only) or file, more than 5 bytes and at most 200 MB, from a server
     * that supports {@code Range} requests. The request's fields are checked when it is built.
     *
     * @param request the file to fetch
     * @return the job id, to poll within 60 minutes
     * @throws WeComValidationException if the request is missing (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for a non-zero errcode
     * @throws WeComException for network failures; the job may have started
     */
    public String submit(UrlUploadRequest request) {
        Checks.notNull(request, "request");
        SubmitAnswer answer =
                client.execute(ApiRequest.post(SUBMIT_PATH).body(request).build(), SubmitAnswer.class);
        if (answer.jobId() == null || answer.jobId().isBlank()) {
            throw new WeComResponseException(
                    "media/upload_by_url answered errcode 0 without a jobid; the job may"
                            + " have started, but it cannot be polled",
                    SUBMIT_PATH,
                    null);
        }
        return answer.jobId();
    }

    /**
     * The answer of {@code upload_by_url}.
     *
     * @param jobId the job id ({@code jobid}), valid 60 minutes
     */
    record SubmitAnswer(@JsonProperty("jobid") String jobId) {}

    /**
     * Reports on a job once ({@code POST /cgi-bin/media/get_upload_by_url_result}); a read, retried
     * like one.
     *
     * @param jobId the job id, at most 128 bytes
     * @return the job's state and outcome
     * @throws WeComValidationException if the job id is blank or too long (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for a non-zero errcode (such as an unknown or
     *                                                   expired job id)
     * @throws WeComException for network failures
     */
    public UrlUploadResult result(String jobId) {
        Checks.maxBytes(Checks.notBlank(jobId, "jobid"), 128, "jobid");
        ApiRequest request = ApiRequest.post(RESULT_PATH)
                .body(Map.of("jobid", jobId))
                .repeatable()
                .build();
        return client.execute(request, UrlUploadResult.class);
    }

    /**
     * Polls a job until it finishes, done or failed, or {@code timeout} passes. The first poll is
     * immediate; the last one happens at the deadline.
     *
     * @param jobId   the job id
     * @param timeout how long to wait at most
     * @return the finished job's result (check {@link UrlUploadResult#statusType()})
     * @throws WeComValidationException   if the job id or timeout is missing (nothing sent)
     * @throws UrlUploadTimeoutException  if the job was still processing at the deadline
     * @throws WeComException             if a poll fails, or the wait is interrupted
     */
    public UrlUploadResult awaitResult(String jobId, Duration timeout) {
        Checks.maxBytes(Checks.notBlank(jobId, "jobid"), 128, "jobid");
        if (timeout == null || timeout.isNegative()) {
            throw new WeComValidationException("timeout must be zero or positive; got " + timeout);
        }
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            UrlUploadResult result = result(jobId);
            if (result.finished()) {
                return result;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                throw new UrlUploadTimeoutException(jobId, timeout);
            }
            Duration left = Duration.between(now, deadline);
            try {
                sleeper.sleep(left.compareTo(interval) < 0 ? left : interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WeComException("Interrupted while waiting for upload_by_url job " + jobId, e);
            }
        }
    }

    /**
     * Polls a job until it finishes and returns its media; see {@link #awaitResult(String, Duration)}.
     *
     * @param jobId   the job id
     * @param timeout how long to wait at most
     * @return the media id, valid for three days, and its creation time
     * @throws io.github.wecomsdk.core.WeComApiException if the job failed, with its errcode (830001 URL
     *                                                   without Range support, 830003 download failed,
     *                                                   45001 size, 301019 MD5 mismatch)
     * @throws UrlUploadTimeoutException if the job was still processing at the deadline
     * @throws WeComException            if a poll fails
     */
    public UploadedMedia awaitMedia(String jobId, Duration timeout) {
        return awaitResult(jobId, timeout).mediaOrThrow();
    }

    @Override
    public String toString() {
        return "UrlUploads[interval=" + interval + "]";
    }
}
