package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * The state of an import job ({@code batch/getresult}).
 *
 * @param status      the raw {@code status}: 1 started, 2 running, 3 done; see {@link #statusType()}
 * @param type        {@code sync_user}, {@code replace_user} or {@code replace_party}
 * @param total       the number of rows processed
 * @param percentage  the progress, 0 to 100
 * @param result      one entry per row, once done; never {@code null}
 * @param otherFields fields WeCom sent that this record does not map
 */
public record BatchJobResult(
        @JsonProperty("status") int status,
        @JsonProperty("type") String type,
        @JsonProperty("total") long total,
        @JsonProperty("percentage") int percentage,
        @JsonProperty("result") List<Item> result,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param status      the raw status
     * @param type        the job type
     * @param total       the number of rows processed
     * @param percentage  the progress, 0 to 100
     * @param result      one entry per row
     * @param otherFields unmapped fields, may be {@code null}
     */
    public BatchJobResult {
        result = Models.list(result);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The job's state as an enum.
     *
     * @return the state, {@link JobStatus#UNKNOWN} for a value this SDK does not know
     */
    @JsonIgnore
    public JobStatus statusType() {
        return JobStatus.fromWire(status);
    }

    /**
     * Whether the job has finished.
     *
     * @return {@code true} for status 3
     */
    public boolean done() {
        return status == 3;
    }

    /**
     * The outcome for one row: a member (userid) or a department (partyid and action).
     *
     * @param userId       the member, for member jobs ({@code userid})
     * @param departmentId the department, for {@code replace_party} ({@code partyid})
     * @param action       for departments, a bit set: 1 created, 2 renamed, 4 moved, 8 reordered
     * @param errcode      0 on success
     * @param errmsg       WeCom's message
     * @param otherFields  fields WeCom sent that this record does not map
     */
    public record Item(
            @JsonProperty("userid") String userId,
            @JsonProperty("partyid") Long departmentId,
            @JsonProperty("action") Integer action,
            @JsonProperty("errcode") int errcode,
            @JsonProperty("errmsg") String errmsg,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value.
         *
         * @param userId       the member
         * @param departmentId the department
         * @param action       the department action bits
         * @param errcode      0 on success
         * @param errmsg       WeCom's message
         * @param otherFields  unmapped fields, may be {@code null}
         */
        public Item {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
