package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * An asynchronous contacts job (import, invite or export) finished ({@code Event=batch_job_result}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param jobId {@code BatchJob/JobId} (up to 64 characters)
 * @param jobType {@code BatchJob/JobType}: {@code sync_user}, {@code replace_user}, {@code invite_user},
 *        {@code replace_party}, {@code export_user}, ...
 * @param errCode {@code BatchJob/ErrCode}, 0 on success
 * @param errMsg {@code BatchJob/ErrMsg}
 */
public record BatchJobResultEvent(CallbackHeader header, String jobId, String jobType, long errCode, String errMsg)
        implements CallbackPayload {}
