package io.github.wecomsdk.core.callback;

/**
 * A mapping registered through {@code META-INF/services} in the test resources, standing for a module that
 * types an event core does not know, without editing core.
 */
public final class TestOnlyPayloadMapping implements CallbackPayloadMapping {

    /** The event this mapping types; WeCom sends no such event. */
    public static final String EVENT = "wecomsdk_test_only_event";

    /** A typed view made by this mapping. */
    public record TestOnlyEvent(CallbackHeader header, String detail) implements CallbackPayload {}

    @Override
    public void register(CallbackPayloadRegistry.Builder registry) {
        registry.event(EVENT, (header, message) -> new TestOnlyEvent(header, message.get("Detail")));
    }
}
