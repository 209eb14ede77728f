package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * An asynchronous upload-by-URL finished ({@code Event=upload_media_job_finish}); fetch the result with the
 * job id.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param jobId {@code JobId}
 */
public record UploadMediaJobFinishEvent(CallbackHeader header, String jobId) implements CallbackPayload {}
