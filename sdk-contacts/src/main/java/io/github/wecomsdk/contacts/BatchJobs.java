package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * Asynchronous CSV imports (异步批量接口). Upload the CSV first with {@code media/upload}
 * ({@code type=file}), start a job with its media_id, then poll {@link #get(String)} or wait for
 * the {@code batch_job_result} event. Contacts-sync token only. Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link WeComValidationException} for bad input, before any request.
 */
public final class BatchJobs {

    private final WeComClient client;

    BatchJobs(WeComClient client) {
        this.client = client;
    }

    /**
     * Adds and updates members from a CSV, leaving members absent from the file as they are
     * ({@code POST /cgi-bin/batch/syncuser}), with WeCom's defaults.
     *
     * @param mediaId the uploaded CSV's media_id
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the media_id is blank; nothing was sent
     */
    public String syncUsers(String mediaId) {
        return syncUsers(BatchJobRequest.builder(mediaId).build());
    }

    /**
     * Adds and updates members from a CSV, leaving members absent from the file as they are
     * ({@code POST /cgi-bin/batch/syncuser}).
     *
     * @param request the media_id, invitation and callback
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code request} is null; nothing was sent
     */
    public String syncUsers(BatchJobRequest request) {
        return start("/cgi-bin/batch/syncuser", Checks.notNull(request, "request"));
    }

    /**
     * Replaces all members with a CSV ({@code POST /cgi-bin/batch/replaceuser}), with WeCom's defaults:
     * members absent from the file are <b>deleted</b>; WeCom aborts (45026) if that would delete too many.
     *
     * @param mediaId the uploaded CSV's media_id
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the media_id is blank; nothing was sent
     */
    public String replaceUsers(String mediaId) {
        return replaceUsers(BatchJobRequest.builder(mediaId).build());
    }

    /**
     * Replaces all members with a CSV ({@code POST /cgi-bin/batch/replaceuser}): members absent from
     * the file are <b>deleted</b>; WeCom aborts (45026) if that would delete too many.
     *
     * @param request the media_id, invitation and callback
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code request} is null; nothing was sent
     */
    public String replaceUsers(BatchJobRequest request) {
        return start("/cgi-bin/batch/replaceuser", Checks.notNull(request, "request"));
    }

    /**
     * Replaces the department tree with a CSV ({@code POST /cgi-bin/batch/replaceparty}).
     *
     * @param mediaId the uploaded CSV's media_id
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the media_id is blank; nothing was sent
     */
    public String replaceDepartments(String mediaId) {
        return replaceDepartments(BatchJobRequest.builder(mediaId).build());
    }

    /**
     * Replaces the department tree with a CSV ({@code POST /cgi-bin/batch/replaceparty}).
     *
     * @param request the media_id and callback; {@code to_invite} does not apply
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code request} is null or sets {@code to_invite}; nothing was sent
     */
    public String replaceDepartments(BatchJobRequest request) {
        if (Checks.notNull(request, "request").toInvite() != null) {
            throw new WeComValidationException("to_invite does not apply to batch/replaceparty");
        }
        return start("/cgi-bin/batch/replaceparty", request);
    }

    /**
     * The state and per-row results of a job ({@code GET /cgi-bin/batch/getresult}); only the latest
     * 5 jobs' results are kept (40089).
     *
     * @param jobId the job id
     * @return the state
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the job id is blank; nothing was sent
     */
    public BatchJobResult get(String jobId) {
        Checks.notBlank(jobId, "jobid");
        return client.execute(
                ApiRequest.get("/cgi-bin/batch/getresult").query("jobid", jobId).build(), BatchJobResult.class);
    }

    private String start(String path, BatchJobRequest request) {
        return client.execute(ApiRequest.post(path).body(request).build(), JobIdAnswer.class)
                .jobId();
    }

    private record JobIdAnswer(@JsonProperty("jobid") String jobId) {}
}
