package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * The state of an export job ({@code export/get_result}).
 *
 * @param status      the raw {@code status}: 0 pending, 1 processing, 2 done, 3 failed; see
 *                    {@link #statusType()}
 * @param dataList    the encrypted result files, once done; never {@code null}
 * @param otherFields fields WeCom sent that this record does not map
 */
public record ExportResult(
        @JsonProperty("status") int status,
        @JsonProperty("data_list") List<ExportFile> dataList,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param status      the raw status
     * @param dataList    the encrypted result files
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ExportResult {
        dataList = Models.list(dataList);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The job's state as an enum.
     *
     * @return the state, {@link ExportStatus#UNKNOWN} for a value this SDK does not know
     */
    @JsonIgnore
    public ExportStatus statusType() {
        return ExportStatus.fromWire(status);
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
