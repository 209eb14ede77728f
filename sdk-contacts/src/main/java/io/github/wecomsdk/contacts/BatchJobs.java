package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * Asynchronous CSV imports (异步批量接口). Upload the CSV first with {@code media/upload}
 * ({@code type=file}), start a job with its media_id, then poll {@link #getResult(String)} or wait for
 * the {@code batch_job_result} event. Contacts-sync token only. Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any request.
 */
public final class BatchJobs {

    private final WeComClient client;

    BatchJobs(WeComClient client) {
        this.client = client;
    }

    /**
     * Adds and updates members from a CSV, leaving members absent from the file as they are
     * ({@code POST /cgi-bin/batch/syncuser}).
     *
     * @param mediaId  the uploaded CSV's media_id
     * @param toInvite whether to invite new members (WeCom's default: true), or {@code null}
     * @param callback where to report completion, or {@code null} for the app's own callback
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String syncUsers(String mediaId, Boolean toInvite, BatchJobCallback callback) {
        return start("/cgi-bin/batch/syncuser", new Job(mediaId(mediaId), toInvite, callback));
    }

    /**
     * Replaces all members with a CSV ({@code POST /cgi-bin/batch/replaceuser}): members absent from
     * the file are <b>deleted</b>; WeCom aborts (45026) if that would delete too many.
     *
     * @param mediaId  the uploaded CSV's media_id
     * @param toInvite whether to invite new members (WeCom's default: true), or {@code null}
     * @param callback where to report completion, or {@code null}
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String replaceUsers(String mediaId, Boolean toInvite, BatchJobCallback callback) {
        return start("/cgi-bin/batch/replaceuser", new Job(mediaId(mediaId), toInvite, callback));
    }

    /**
     * Replaces the department tree with a CSV ({@code POST /cgi-bin/batch/replaceparty}).
     *
     * @param mediaId  the uploaded CSV's media_id
     * @param callback where to report completion, or {@code null}
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String replaceParties(String mediaId, BatchJobCallback callback) {
        return start("/cgi-bin/batch/replaceparty", new Job(mediaId(mediaId), null, callback));
    }

    /**
     * The state and per-row results of a job ({@code GET /cgi-bin/batch/getresult}); only the latest
     * 5 jobs' results are kept (40089).
     *
     * @param jobId the job id
     * @return the state
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public BatchJobResult getResult(String jobId) {
        Checks.notBlank(jobId, "jobid");
        return client.execute(ApiRequest.get("/cgi-bin/batch/getresult").query("jobid", jobId).build(),
                BatchJobResult.class);
    }

    private String start(String path, Job job) {
        return client.execute(ApiRequest.post(path).body(job).build(), JobId.class).jobId();
    }

    private static String mediaId(String mediaId) {
        return Checks.notBlank(mediaId, "media_id");
    }

    private record Job(@JsonProperty("media_id") String mediaId, @JsonProperty("to_invite") Boolean toInvite,
                       @JsonProperty("callback") BatchJobCallback callback) {
    }

    private record JobId(@JsonProperty("jobid") String jobId) {
    }
}
