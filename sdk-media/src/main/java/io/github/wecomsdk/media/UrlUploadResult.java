package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComResponseException;
import java.util.Map;

/**
 * The answer of {@code media/get_upload_by_url_result}: the job's state and, once finished, its
 * outcome.
 *
 * @param status      WeCom's {@code status} as sent (1 processing, 2 done, 3 failed), or {@code null};
 *                    see {@link #statusType()}
 * @param detail      the outcome; {@code null} while WeCom sends none
 * @param otherFields fields WeCom sent that this record does not map
 */
public record UrlUploadResult(
        @JsonProperty("status") Integer status,
        @JsonProperty("detail") Detail detail,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /** Copies the unmapped fields null-safely. */
    public UrlUploadResult {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The outcome of a job.
     *
     * @param errcode   0, or why the job failed: 830001 the URL does not support Range requests,
     *                  830003 the download failed, 45001 the file is not within 5 bytes to 200 MB,
     *                  301019 the MD5 does not match
     * @param errmsg    WeCom's description of {@code errcode}
     * @param mediaId   the media id once done, valid for three days and only for the scene's APIs
     *                  and {@code media/get}
     * @param createdAt   when the media was created, in seconds since the epoch, once done
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Detail(
            @JsonProperty("errcode") int errcode,
            @JsonProperty("errmsg") String errmsg,
            @JsonProperty("media_id") String mediaId,
            @JsonProperty("created_at") long createdAt,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /** Copies the unmapped fields null-safely. */
        public Detail {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * The job's state.
     *
     * @return the state, {@link UrlUploadStatus#UNKNOWN} for a value this SDK does not know
     */
    public UrlUploadStatus statusType() {
        return UrlUploadStatus.fromWire(status);
    }

    /**
     * Whether the job has stopped, done or failed.
     *
     * @return {@code false} while WeCom still processes it
     */
    public boolean finished() {
        return statusType() != UrlUploadStatus.PROCESSING;
    }

    /**
     * The media a finished job produced, or the job's failure as an exception.
     *
     * @return the media id and its creation time (its {@code type} is {@code null}: WeCom does not
     *         repeat it)
     * @throws WeComApiException      if the job failed, with the detail's errcode (such as 301019)
     * @throws WeComResponseException if the job is still processing or WeCom sent no media id
     */
    public UploadedMedia mediaOrThrow() {
        UrlUploadStatus type = statusType();
        if (type == UrlUploadStatus.FAILED && detail != null && detail.errcode() != 0) {
            throw new WeComApiException(
                    detail.errcode(), detail.errmsg(), UrlUploads.RESULT_PATH, "the upload_by_url job failed");
        }
        if (type != UrlUploadStatus.DONE
                || detail == null
                || detail.mediaId() == null
                || detail.mediaId().isBlank()) {
            throw new WeComResponseException(
                    "The upload_by_url job has no media id: status " + status
                            + (detail == null ? "" : ", errcode " + detail.errcode()),
                    UrlUploads.RESULT_PATH,
                    null);
        }
        return UploadedMedia.of(null, detail.mediaId(), detail.createdAt());
    }
}
