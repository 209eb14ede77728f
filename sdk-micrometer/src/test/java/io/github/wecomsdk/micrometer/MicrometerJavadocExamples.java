package io.github.wecomsdk.micrometer;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The compiled twins of the Java examples in sdk-micrometer's Javadoc, checked by {@link JavadocSnippetsTest}:
 * each method holds one example verbatim, the names it assumes being its parameters.
 */
final class MicrometerJavadocExamples {

    private MicrometerJavadocExamples() {}

    // WeComMetrics
    static CallbackHandler weComMetrics(
            MeterRegistry registry, String corpId, String secret, CallbackCrypto crypto, CallbackRouter router) {
        WeComMetrics metrics = WeComMetrics.of(registry);
        WeComClient client = WeComClient.builder()
                .corpId(corpId)
                .secret(secret)
                .listener(metrics.listener())
                .build();
        CallbackHandler handler = CallbackHandler.builder(crypto, router)
                .observer(metrics.callbackObserver())
                .build();
        return handler;
    }
}
