package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The state of an import job ({@code batch/getresult}).
 *
 * @param status     1 started, 2 running, 3 done
 * @param type       {@code sync_user}, {@code replace_user} or {@code replace_party}
 * @param total      the number of rows processed
 * @param percentage the progress, 0 to 100
 * @param result     one entry per row, once done
 */
public record BatchJobResult(
        @JsonProperty("status") int status,
        @JsonProperty("type") String type,
        @JsonProperty("total") long total,
        @JsonProperty("percentage") int percentage,
        @JsonProperty("result") List<Item> result) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param status 1 started, 2 running, 3 done
     * @param type {@code sync_user}, {@code replace_user} or {@code replace_party}
     * @param total the number of rows processed
     * @param percentage the progress, 0 to 100
     * @param result one entry per row, once done
     */
    public BatchJobResult {
        result = Models.list(result);
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
     * @param userid  the member, for member jobs
     * @param partyid the department, for {@code replace_party}
     * @param action  for departments, a bit set: 1 created, 2 renamed, 4 moved, 8 reordered
     * @param errcode 0 on success
     * @param errmsg  WeCom's message
     */
    public record Item(
            @JsonProperty("userid") String userid,
            @JsonProperty("partyid") Long partyid,
            @JsonProperty("action") Integer action,
            @JsonProperty("errcode") int errcode,
            @JsonProperty("errmsg") String errmsg) {
    }
}
