package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * The merged answer of {@code batch_set_workbench_data} over all the requests the member list was split
 * into (at most 1,000 members each).
 *
 * @param members     how many distinct members the data was set for
 * @param requests    how many requests were made
 * @param otherFields fields WeCom sent that this record does not map, merged over the answers (lists are
 *                    concatenated; for other values the last answer's wins)
 */
public record WorkbenchBatchResult(int members, int requests, Map<String, Object> otherFields) implements OtherFields {

    /**
     * Creates the value.
     *
     * @param members     the member count
     * @param requests    the request count
     * @param otherFields unmapped fields, may be {@code null}
     */
    public WorkbenchBatchResult {
        otherFields = Models.others(otherFields);
    }
}
