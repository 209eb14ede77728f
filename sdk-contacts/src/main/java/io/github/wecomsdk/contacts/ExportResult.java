package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The state of an export job ({@code export/get_result}).
 *
 * @param status   0 pending, 1 processing, 2 done, 3 failed
 * @param dataList the encrypted result files, once done
 */
public record ExportResult(
        @JsonProperty("status") int status,
        @JsonProperty("data_list") List<ExportFile> dataList) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param status 0 pending, 1 processing, 2 done, 3 failed
     * @param dataList the encrypted result files, once done
     */
    public ExportResult {
        dataList = Models.list(dataList);
    }

    /**
     * Whether the files are ready.
     *
     * @return {@code true} for status 2
     */
    public boolean done() {
        return status == 2;
    }

    /**
     * Whether the job failed.
     *
     * @return {@code true} for status 3
     */
    public boolean failed() {
        return status == 3;
    }
}
