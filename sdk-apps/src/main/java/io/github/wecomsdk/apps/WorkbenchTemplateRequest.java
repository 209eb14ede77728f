package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * What {@code set_workbench_template} sets: the app's template type, optionally with the corp-wide
 * default data members see until their own is set, and whether that default replaces every member's
 * data. The app must have 自定义展示 enabled in the admin console first.
 *
 * <pre>{@code
 * WorkbenchTemplateRequest typeOnly = WorkbenchTemplateRequest.of(WorkbenchType.KEYDATA);
 * WorkbenchTemplateRequest withDefault =                                  // type from the default data
 *     WorkbenchTemplateRequest.withDefault(KeyData.of(KeyDataItem.builder("0").key("To approve").build()), false);
 * WorkbenchTemplateRequest backToNormal = WorkbenchTemplateRequest.of(WorkbenchType.NORMAL);
 * }</pre>
 *
 * @param type            the template type
 * @param defaultData     the corp-wide default data, of the same type, or {@code null}
 * @param replaceUserData {@code replace_user_data}: {@code true} to overwrite every member's data with the
 *                        default; {@code false} (WeCom's default) keeps it
 */
public record WorkbenchTemplateRequest(WorkbenchType type, WorkbenchData defaultData, boolean replaceUserData) {

    /**
     * Creates the request.
     *
     * @param type            the template type, not {@link WorkbenchType#UNKNOWN}
     * @param defaultData     default data of the same type, or {@code null}
     * @param replaceUserData whether the default replaces members' data
     * @throws WeComValidationException if the type is missing or unknown, the data is of another type or breaks
     *         a limit, or {@code replaceUserData} is set without default data
     */
    public WorkbenchTemplateRequest {
        Checks.notNull(type, "type");
        if (type == WorkbenchType.UNKNOWN) {
            throw new WeComValidationException("type must be keydata, image, list, webview or normal; got UNKNOWN");
        }
        if (defaultData != null) {
            if (defaultData.type() != type) {
                throw new WeComValidationException("the default data is "
                        + defaultData.type().wireValue() + " but the template type is " + type.wireValue());
            }
            WorkbenchRules.check(defaultData);
        } else if (replaceUserData) {
            throw new WeComValidationException("replace_user_data needs default data to replace members' data with");
        }
    }

    /**
     * A template type without default data ({@link WorkbenchType#NORMAL} goes back to the normal grid).
     *
     * @param type the type
     * @return the request
     * @throws WeComValidationException if the type is missing or {@link WorkbenchType#UNKNOWN}
     */
    public static WorkbenchTemplateRequest of(WorkbenchType type) {
        return new WorkbenchTemplateRequest(type, null, false);
    }

    /**
     * The template type of this default data, with the data as the corp-wide default.
     *
     * @param defaultData     the default data
     * @param replaceUserData {@code true} to overwrite every member's data with it
     * @return the request
     * @throws WeComValidationException if the data is missing or breaks a limit
     */
    public static WorkbenchTemplateRequest withDefault(WorkbenchData defaultData, boolean replaceUserData) {
        Checks.notNull(defaultData, "defaultData");
        return new WorkbenchTemplateRequest(defaultData.type(), defaultData, replaceUserData);
    }
}
