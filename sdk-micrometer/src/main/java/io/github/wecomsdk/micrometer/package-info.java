/**
 * Micrometer metrics for the SDK: {@link io.github.wecomsdk.micrometer.WeComMetrics} gives a
 * {@link io.github.wecomsdk.core.WeComListener} for API calls and credentials and a
 * {@link io.github.wecomsdk.core.callback.CallbackObserver} for callbacks.
 */
package io.github.wecomsdk.micrometer;
