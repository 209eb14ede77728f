package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.OtherFields;

/**
 * What a workbench card shows, one record per template type so each takes exactly its fields:
 * {@link KeyData}, {@link ImageData}, {@link ListData}, {@link WebviewData}. Used as a member's data
 * ({@code set_workbench_data}) and as the corp-wide default of a template ({@code set_workbench_template}).
 *
 * <p>Where a card opens on a tap: WeCom takes {@code jump_url} when the app's home page is a web page
 * and {@code pagepath} when it is a mini program; the builders keep one of the two, so switching an
 * item to a URL drops its page path and the other way round.
 */
public sealed interface WorkbenchData extends OtherFields permits KeyData, ImageData, ListData, WebviewData {

    /**
     * The template type this data is for.
     *
     * @return the type
     */
    WorkbenchType type();
}
