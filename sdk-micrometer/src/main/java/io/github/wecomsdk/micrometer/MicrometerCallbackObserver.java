package io.github.wecomsdk.micrometer;

import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackObserver;
import io.github.wecomsdk.core.callback.CallbackRejection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.regex.Pattern;

/** The {@link CallbackObserver} of {@link WeComMetrics}; see there for the meters. */
final class MicrometerCallbackObserver implements CallbackObserver {

    private static final Pattern CALLBACK_TYPE = Pattern.compile("[A-Za-z0-9_]{1,40}");

    private final MeterRegistry registry;

    MicrometerCallbackObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accepted(CallbackMessage message) {
        count("wecom.callback.accepted", "Callbacks delivered to a listener for the first time", type(message));
    }

    @Override
    public void duplicate(CallbackMessage message) {
        count("wecom.callback.duplicates", "WeCom's retries recognised and not processed again", type(message));
    }

    @Override
    public void rejected(CallbackRejection reason) {
        Counter.builder("wecom.callback.rejected")
                .description("Callback requests refused before any listener saw them")
                .tags("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment();
    }

    @Override
    public void listenerFailed(CallbackMessage message, Throwable error) {
        count("wecom.callback.listener.failures", "Callbacks whose listener threw", type(message));
    }

    @Override
    public void handled(int status, Duration elapsed) {
        Timer.builder("wecom.callback.handling")
                .description("Time from receiving a callback request to answering it")
                .tags("status", Integer.toString(status))
                .register(registry)
                .record(elapsed);
    }

    private void count(String name, String description, String type) {
        Counter.builder(name)
                .description(description)
                .tags("type", type)
                .register(registry)
                .increment();
    }

    /** MsgType, or the Event for events: names WeCom defines, bounded; anything else is {@code other}. */
    private static String type(CallbackMessage message) {
        String msgType = message.get("MsgType");
        String value = "event".equals(msgType) ? message.get("Event") : msgType;
        if (value == null || !CALLBACK_TYPE.matcher(value).matches()) {
            return "other";
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }
}
