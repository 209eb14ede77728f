package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.internal.CoreEventMappings;
import io.github.wecomsdk.core.callback.internal.CoreMessageMappings;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps parsed callbacks to their typed views: the most specific factory wins, an {@code (Event, ChangeType)}
 * pair, then an {@code Event}, then a {@code MsgType}; anything else becomes an {@link UnknownCallback}.
 * Filled by {@link CallbackPayloadMapping}s; core's own are always registered first.
 *
 * <p>Mapping never throws: a factory that fails yields an {@link UnknownCallback} (logged once at WARN per
 * kind, without content), so one odd field never sinks a callback. Immutable and thread-safe.
 */
public final class CallbackPayloadRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackPayloadRegistry.class);

    private final Map<String, PayloadFactory> byMsgType;
    private final Map<String, PayloadFactory> byEvent;
    private final Map<String, PayloadFactory> byChange;

    private CallbackPayloadRegistry(Builder b) {
        this.byMsgType = Map.copyOf(b.byMsgType);
        this.byEvent = Map.copyOf(b.byEvent);
        this.byChange = Map.copyOf(b.byChange);
    }

    /**
     * Returns the registry {@link CallbackMessage#parse(String)} uses: core's mappings plus every
     * {@link CallbackPayloadMapping} found with {@link ServiceLoader} on the class path of this class. A
     * service mapping that fails or maps a key already mapped is skipped whole and logged at WARN.
     *
     * @return the shared default registry
     */
    public static CallbackPayloadRegistry defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Starts a registry holding core's mappings only; add a module's with {@link Builder#add}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        Builder b = new Builder();
        b.add(new CoreMessageMappings());
        b.add(new CoreEventMappings());
        return b;
    }

    /**
     * Returns the typed view of a callback.
     *
     * @param message the parsed callback
     * @return the typed view; an {@link UnknownCallback} when no factory matches or the factory failed
     */
    public CallbackPayload map(CallbackMessage message) {
        CallbackHeader header = CallbackHeader.of(message);
        PayloadFactory factory = factoryFor(header);
        if (factory == null) {
            return new UnknownCallback(header, message);
        }
        try {
            CallbackPayload payload = factory.create(header, message);
            return payload == null ? new UnknownCallback(header, message) : payload;
        } catch (RuntimeException e) {
            LOG.warn(
                    "typed view of a callback (MsgType={}, Event={}, ChangeType={}) failed ({}); kept as "
                            + "UnknownCallback",
                    header.msgType(),
                    header.event(),
                    header.changeType(),
                    e.getClass().getName());
            return new UnknownCallback(header, message);
        }
    }

    /**
     * Tells whether a factory is registered for a message type, event or change, as
     * {@link #map(CallbackMessage)} would look it up.
     *
     * @param msgType    the {@code MsgType}
     * @param event      the {@code Event}, or empty
     * @param changeType the {@code ChangeType}, or empty
     * @return true when some factory would be used
     */
    public boolean maps(String msgType, String event, String changeType) {
        return factoryFor(new CallbackHeader(null, null, 0, msgType, event, changeType, null)) != null;
    }

    private PayloadFactory factoryFor(CallbackHeader h) {
        PayloadFactory factory = null;
        if ("event".equals(h.msgType())) {
            if (!h.changeType().isEmpty()) {
                factory = byChange.get(changeKey(h.event(), h.changeType()));
            }
            if (factory == null) {
                factory = byEvent.get(h.event());
            }
        }
        return factory == null ? byMsgType.get(h.msgType()) : factory;
    }

    private static String changeKey(String event, String changeType) {
        return event + '\u0000' + changeType;
    }

    /** Creates the typed view of one kind of callback. */
    @FunctionalInterface
    public interface PayloadFactory {

        /**
         * Creates the typed view.
         *
         * @param header  the fields every callback carries
         * @param message the parsed callback; read fields with {@link CallbackMessage#get(String)}
         * @return the typed view, or null to fall back to {@link UnknownCallback}
         */
        CallbackPayload create(CallbackHeader header, CallbackMessage message);
    }

    /** Collects factories; each key may be mapped once. Not thread-safe. */
    public static final class Builder {
        private final Map<String, PayloadFactory> byMsgType = new HashMap<>();
        private final Map<String, PayloadFactory> byEvent = new HashMap<>();
        private final Map<String, PayloadFactory> byChange = new HashMap<>();

        private Builder() {}

        /**
         * Maps a message type, e.g. {@code text}.
         *
         * @param msgType the {@code MsgType} value
         * @param factory the factory
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when already mapped;
         *                           ({@link Reason#INVALID_CONFIGURATION}) when an argument is missing
         */
        public Builder message(String msgType, PayloadFactory factory) {
            put(byMsgType, key(msgType, "msgType"), factory, "MsgType " + msgType);
            return this;
        }

        /**
         * Maps an event, every change type included unless one is mapped with
         * {@link #change(String, String, PayloadFactory)}.
         *
         * @param event   the {@code Event} value, case-sensitive
         * @param factory the factory
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when already mapped;
         *                           ({@link Reason#INVALID_CONFIGURATION}) when an argument is missing
         */
        public Builder event(String event, PayloadFactory factory) {
            put(byEvent, key(event, "event"), factory, "Event " + event);
            return this;
        }

        /**
         * Maps one change type of a change event, e.g. {@code ("change_contact", "create_user")}.
         *
         * @param event      the {@code Event} value
         * @param changeType the {@code ChangeType} value
         * @param factory    the factory
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when already mapped;
         *                           ({@link Reason#INVALID_CONFIGURATION}) when an argument is missing
         */
        public Builder change(String event, String changeType, PayloadFactory factory) {
            put(
                    byChange,
                    changeKey(key(event, "event"), key(changeType, "changeType")),
                    factory,
                    "Event " + event + " ChangeType " + changeType);
            return this;
        }

        /**
         * Adds every factory of a mapping, all or none: if one of its keys is already mapped, nothing of it
         * is added.
         *
         * @param mapping the mapping
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when one of its keys is already mapped;
         *                           ({@link Reason#INVALID_CONFIGURATION}) when null
         */
        public Builder add(CallbackPayloadMapping mapping) {
            if (mapping == null) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "mapping is missing");
            }
            Builder scratch = new Builder();
            mapping.register(scratch);
            checkFree(byMsgType, scratch.byMsgType, "MsgType");
            checkFree(byEvent, scratch.byEvent, "Event");
            checkFree(byChange, scratch.byChange, "Event/ChangeType");
            byMsgType.putAll(scratch.byMsgType);
            byEvent.putAll(scratch.byEvent);
            byChange.putAll(scratch.byChange);
            return this;
        }

        /**
         * Creates the registry.
         *
         * @return an immutable registry
         */
        public CallbackPayloadRegistry build() {
            return new CallbackPayloadRegistry(this);
        }

        private static void checkFree(
                Map<String, PayloadFactory> existing, Map<String, PayloadFactory> added, String what) {
            for (String key : added.keySet()) {
                if (existing.containsKey(key)) {
                    throw new CallbackException(
                            Reason.DUPLICATE_ROUTE, what + " " + key.replace('\u0000', '/') + " is already mapped");
                }
            }
        }

        private static String key(String key, String name) {
            if (key == null || key.isEmpty()) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, name + " is missing");
            }
            return key;
        }

        private static void put(
                Map<String, PayloadFactory> map, String key, PayloadFactory factory, String description) {
            if (factory == null) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "factory for " + description + " is missing");
            }
            if (map.putIfAbsent(key, factory) != null) {
                throw new CallbackException(Reason.DUPLICATE_ROUTE, description + " is already mapped");
            }
        }
    }

    private static final class Defaults {
        static final CallbackPayloadRegistry INSTANCE = load();

        private static CallbackPayloadRegistry load() {
            Builder b = builder();
            Iterator<CallbackPayloadMapping> it = ServiceLoader.load(
                            CallbackPayloadMapping.class, CallbackPayloadRegistry.class.getClassLoader())
                    .iterator();
            for (int attempt = 0; attempt < 1_000; attempt++) {
                CallbackPayloadMapping mapping;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    mapping = it.next();
                } catch (ServiceConfigurationError e) {
                    LOG.warn("a CallbackPayloadMapping service could not be loaded; skipped", e);
                    continue;
                }
                try {
                    b.add(mapping);
                } catch (RuntimeException e) {
                    LOG.warn(
                            "CallbackPayloadMapping {} skipped: {}",
                            mapping.getClass().getName(),
                            e.getMessage());
                }
            }
            return b.build();
        }
    }
}
