package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.OtherFields;
import java.util.Map;
import java.util.Optional;

/**
 * What one member's workbench card shows, as {@code get_workbench_data} returns it in {@code data}. When
 * the template was set with {@code replace_user_data} after the member's data, this is the app's data.
 *
 * @param type        the type as WeCom wrote it, or {@code null} when WeCom sent no data
 * @param data        the data, or {@code null} when none was sent or the type is one this SDK does not know
 *                    (its object is then in {@code otherFields})
 * @param otherFields fields of {@code data} this record does not map
 */
public record WorkbenchUserData(String type, WorkbenchData data, Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param type        the raw type
     * @param data        the data, or {@code null}
     * @param otherFields unmapped fields, may be {@code null}
     */
    public WorkbenchUserData {
        otherFields = Models.others(otherFields);
    }

    /**
     * The type, typed.
     *
     * @return the type, {@link WorkbenchType#UNKNOWN} when absent or one this SDK does not know
     */
    public WorkbenchType workbenchType() {
        return WorkbenchType.fromWire(type);
    }

    /**
     * The data, when WeCom sent data of a type this SDK knows.
     *
     * @return the data, or empty
     */
    public Optional<WorkbenchData> dataIfSet() {
        return Optional.ofNullable(data);
    }
}
