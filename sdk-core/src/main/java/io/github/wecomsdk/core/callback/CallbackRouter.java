package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each callback to the listener registered for it. The most specific key wins: an
 * {@code (Event, ChangeType)} pair, then an {@code Event}, then a {@code MsgType}; anything else goes to the
 * fallback, which receives unknown types with their raw XML ({@link CallbackMessage#rawXml()}). A callback
 * no listener takes (no route, no fallback) is answered normally and logged once per MsgType/Event/ChangeType
 * at INFO (those three names only, nothing that identifies a person), so a route with a typo shows up in the
 * log; the typed {@link MsgType} and {@link EventType} routes avoid such typos.
 *
 * <p>Listeners run on the caller's thread; the router has no thread pool. Immutable and thread-safe once
 * built.
 *
 * <pre>{@code
 * CallbackRouter router = CallbackRouter.builder()
 *     .on(MsgType.TEXT, m -> PassiveReply.text("got it"))
 *     .on(EventType.ENTER_AGENT, m -> null)
 *     .onChange("change_contact", "create_user", m -> { sync(m.payload()); return null; })
 *     .fallback(m -> { log(m.rawXml()); return null; })
 *     .build();
 * }</pre>
 */
public final class CallbackRouter {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackRouter.class);
    private static final int MAX_LOGGED_UNMATCHED = 256;

    private final Map<String, CallbackListener> byMsgType;
    private final Map<String, CallbackListener> byEvent;
    private final Map<String, CallbackListener> byChange;
    private final CallbackListener fallback;
    private final Set<String> loggedUnmatched = ConcurrentHashMap.newKeySet();

    private CallbackRouter(Builder b) {
        this.byMsgType = Map.copyOf(b.byMsgType);
        this.byEvent = Map.copyOf(b.byEvent);
        this.byChange = Map.copyOf(b.byChange);
        this.fallback = b.fallback;
    }

    /**
     * Starts an empty router.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the listener for a callback: {@code (Event, ChangeType)}, then {@code Event}, then
     * {@code MsgType}, then the fallback.
     *
     * @param message the callback
     * @return the listener, or empty when nothing matches and no fallback is set
     */
    public Optional<CallbackListener> listenerFor(CallbackMessage message) {
        CallbackListener listener = null;
        if (message.isEvent()) {
            String event = message.event();
            String changeType = message.changeType();
            if (!changeType.isEmpty()) {
                listener = byChange.get(changeKey(event, changeType));
            }
            if (listener == null) {
                listener = byEvent.get(event);
            }
        }
        if (listener == null) {
            listener = byMsgType.get(message.msgType());
        }
        if (listener == null) {
            listener = fallback;
        }
        return Optional.ofNullable(listener);
    }

    /**
     * Routes a callback to its listener and returns the listener's reply. Exceptions from the listener
     * propagate to the caller ({@link CallbackHandler} logs them and still answers WeCom).
     *
     * @param message the callback
     * @return the passive reply, or empty when the listener gave none or no listener matched
     */
    public Optional<PassiveReply> route(CallbackMessage message) {
        Optional<CallbackListener> listener = listenerFor(message);
        if (listener.isEmpty()) {
            logUnmatched(message);
            return Optional.empty();
        }
        return Optional.ofNullable(listener.get().onCallback(message));
    }

    private void logUnmatched(CallbackMessage message) {
        String kind = "MsgType=" + clip(message.msgType()) + ", Event=" + clip(message.event()) + ", ChangeType="
                + clip(message.changeType());
        if (loggedUnmatched.size() < MAX_LOGGED_UNMATCHED && loggedUnmatched.add(kind)) {
            LOG.info(
                    "callback with no listener and no fallback ({}); answered without a reply; logged once "
                            + "per kind",
                    kind);
        } else {
            LOG.debug("callback with no listener and no fallback ({})", kind);
        }
    }

    private static String clip(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }

    private static String changeKey(String event, String changeType) {
        return event + '\u0000' + changeType;
    }

    /** Registers listeners; each key may be registered once. */
    public static final class Builder {
        private final Map<String, CallbackListener> byMsgType = new HashMap<>();
        private final Map<String, CallbackListener> byEvent = new HashMap<>();
        private final Map<String, CallbackListener> byChange = new HashMap<>();
        private CallbackListener fallback;

        private Builder() {}

        /**
         * Registers a listener for a message type, e.g. {@code text}, {@code image}, {@code voice},
         * {@code video}, {@code location}, {@code link}. Registering {@code event} catches every event no
         * more specific listener takes.
         *
         * @param msgType  the {@code MsgType} value
         * @param listener the listener
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the type already has a listener
         */
        public Builder onMessage(String msgType, CallbackListener listener) {
            put(byMsgType, requireKey(msgType, "msgType"), listener, "MsgType " + msgType);
            return this;
        }

        /**
         * Registers a listener for an event, e.g. {@code enter_agent}, {@code click}, {@code LOCATION}
         * (upper case, as WeCom sends it), {@code change_contact} (every change type not registered with
         * {@link #onChange(String, String, CallbackListener)}).
         *
         * @param event    the {@code Event} value, case-sensitive
         * @param listener the listener
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the event already has a listener
         */
        public Builder onEvent(String event, CallbackListener listener) {
            put(byEvent, requireKey(event, "event"), listener, "Event " + event);
            return this;
        }

        /**
         * Registers a listener for one change type of a change event, e.g. {@code ("change_contact",
         * "create_user")} or {@code ("change_external_contact", "add_external_contact")}.
         *
         * @param event      the {@code Event} value
         * @param changeType the {@code ChangeType} value
         * @param listener   the listener
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the pair already has a listener
         */
        public Builder onChange(String event, String changeType, CallbackListener listener) {
            put(
                    byChange,
                    changeKey(requireKey(event, "event"), requireKey(changeType, "changeType")),
                    listener,
                    "Event " + event + " ChangeType " + changeType);
            return this;
        }

        /**
         * Registers a listener for a message type, or with {@link MsgType#EVENT} for every event no more
         * specific listener takes.
         *
         * @param msgType  the message type, not {@link MsgType#UNKNOWN}
         * @param listener the listener
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the type already has a listener;
         *                           ({@link Reason#INVALID_CONFIGURATION}) for {@code UNKNOWN} or null
         */
        public Builder on(MsgType msgType, CallbackListener listener) {
            return onMessage(msgType == null ? null : msgType.wireValue(), listener);
        }

        /**
         * Registers a listener for an event.
         *
         * @param event    the event, not {@link EventType#UNKNOWN}
         * @param listener the listener
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the event already has a listener;
         *                           ({@link Reason#INVALID_CONFIGURATION}) for {@code UNKNOWN} or null
         */
        public Builder on(EventType event, CallbackListener listener) {
            return onEvent(event == null ? null : event.wireValue(), listener);
        }

        /**
         * Registers a listener for one change type of a change event, e.g.
         * {@code onChange(EventType.CHANGE_CONTACT, "create_user", ...)}.
         *
         * @param event      the change event, not {@link EventType#UNKNOWN}
         * @param changeType the {@code ChangeType} value
         * @param listener   the listener
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the pair already has a listener;
         *                           ({@link Reason#INVALID_CONFIGURATION}) for {@code UNKNOWN} or null
         */
        public Builder onChange(EventType event, String changeType, CallbackListener listener) {
            return onChange(event == null ? null : event.wireValue(), changeType, listener);
        }

        /**
         * Sets the listener for callbacks no other listener takes, including types this SDK does not know
         * (read them through {@link CallbackMessage#get(String)} and {@link CallbackMessage#rawXml()}).
         *
         * @param listener the listener
         * @return this builder
         * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when a fallback is already set
         */
        public Builder fallback(CallbackListener listener) {
            if (listener == null) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "listener is missing");
            }
            if (fallback != null) {
                throw new CallbackException(Reason.DUPLICATE_ROUTE, "a fallback listener is already set");
            }
            fallback = listener;
            return this;
        }

        /**
         * Creates the router.
         *
         * @return an immutable router
         */
        public CallbackRouter build() {
            return new CallbackRouter(this);
        }

        private static String requireKey(String key, String name) {
            if (key == null || key.isEmpty()) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, name + " is missing");
            }
            return key;
        }

        private static void put(
                Map<String, CallbackListener> map, String key, CallbackListener listener, String description) {
            if (listener == null) {
                throw new CallbackException(
                        Reason.INVALID_CONFIGURATION, "listener for " + description + " is missing");
            }
            if (map.putIfAbsent(key, listener) != null) {
                throw new CallbackException(Reason.DUPLICATE_ROUTE, description + " already has a listener");
            }
        }
    }
}
