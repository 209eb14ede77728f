package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.OtherFields;
import java.util.Map;
import java.util.Optional;

/**
 * An app's workbench template as {@code get_workbench_template} returns it.
 *
 * @param type            the type as WeCom wrote it ({@code keydata}, {@code image}, {@code list},
 *                        {@code webview}, {@code normal})
 * @param defaultData     the corp-wide default data, or {@code null} when none is set or the type is one this
 *                        SDK does not know (its object is then in {@code otherFields})
 * @param replaceUserData {@code replace_user_data}
 * @param otherFields     fields WeCom sent that this record does not map
 */
public record WorkbenchTemplate(
        String type, WorkbenchData defaultData, boolean replaceUserData, Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param type            the raw type
     * @param defaultData     the default data, or {@code null}
     * @param replaceUserData whether the default replaces members' data
     * @param otherFields     unmapped fields, may be {@code null}
     */
    public WorkbenchTemplate {
        otherFields = Models.others(otherFields);
    }

    /**
     * The type, typed.
     *
     * @return the type, {@link WorkbenchType#UNKNOWN} for one this SDK does not know
     */
    public WorkbenchType workbenchType() {
        return WorkbenchType.fromWire(type);
    }

    /**
     * The corp-wide default data.
     *
     * @return the data, or empty
     */
    public Optional<WorkbenchData> defaultDataIfSet() {
        return Optional.ofNullable(defaultData);
    }
}
