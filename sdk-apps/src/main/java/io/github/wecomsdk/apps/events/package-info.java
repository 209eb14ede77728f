/**
 * Typed routing of an app's callback events on core's {@link io.github.wecomsdk.core.callback.CallbackRouter}:
 * menu clicks, scans, photos and location picks routed by their button's {@code EventKey}, menu links,
 * {@code enter_agent} and {@code switch_workbench_mode}. See {@link io.github.wecomsdk.apps.events.AppEventRoutes}.
 */
package io.github.wecomsdk.apps.events;
