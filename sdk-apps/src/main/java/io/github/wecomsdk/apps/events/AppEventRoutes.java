package io.github.wecomsdk.apps.events;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.event.ClickEvent;
import io.github.wecomsdk.core.callback.event.EnterAgentEvent;
import io.github.wecomsdk.core.callback.event.LocationSelectEvent;
import io.github.wecomsdk.core.callback.event.PicSendEvent;
import io.github.wecomsdk.core.callback.event.ScanCodeEvent;
import io.github.wecomsdk.core.callback.event.SwitchWorkbenchModeEvent;
import io.github.wecomsdk.core.callback.event.ViewEvent;
import io.github.wecomsdk.core.callback.event.ViewMiniprogramEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers typed listeners for an app's events on a {@link CallbackRouter.Builder}, so no {@code Event}
 * name is typed by hand and menu events are routed by the {@code key} of the button that sent them:
 *
 * <pre>{@code
 * CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
 *     .onClick("TODAY", e -> PassiveReply.text("3 things to approve"))
 *     .onScan("CHECK_IN", e -> checkIn(e.header().fromUserName(), e.scanResult()))
 *     .onPictures("RECEIPT", e -> PassiveReply.text("got " + e.count() + " photos"))
 *     .onLocationSelected("WHERE", e -> null)
 *     .onEnterAgent(e -> null)
 *     .onWorkbenchModeSwitched(e -> workbench.refresh(e.mode() == 1))
 *     .build();
 * }</pre>
 *
 * <p>Key-routed families: {@code click}; {@code scancode_push} and {@code scancode_waitmsg} ({@link #onScan});
 * {@code pic_sysphoto}, {@code pic_photo_or_album} and {@code pic_weixin} ({@link #onPictures});
 * {@code location_select}. The first key of a family registers that family's event names on the core builder
 * (so another listener for, say, {@code click} on the same builder is a duplicate route); an event whose key
 * has no listener goes to {@link #onUnmatchedKey} if set, and is otherwise answered without a reply and
 * logged once per key at INFO (a typo in a key shows up in the log). Keys are case-sensitive, as WeCom sends
 * them, and at most 128 bytes like a menu button's.
 *
 * <p>The router's rules apply unchanged: a key or event registered twice throws {@link CallbackException}
 * ({@link Reason#DUPLICATE_ROUTE}); listeners run on the thread that received the HTTP request and must
 * finish well within WeCom's 5 seconds; what they throw reaches {@link CallbackRouter#route}. Member events
 * may answer with a {@link PassiveReply} (or {@code null} for none); {@code view}, {@code view_miniprogram} and
 * {@code switch_workbench_mode} take no reply. Register before building the router; a key registered later is
 * still routed (the key table is thread-safe).
 */
public final class AppEventRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AppEventRoutes.class);
    private static final int MAX_KEY_BYTES = 128;
    private static final int MAX_LOGGED_KEYS = 256;

    private final CallbackRouter.Builder router;
    private final Family<ClickEvent> clicks = new Family<>("click", ClickEvent.class, EventType.CLICK);
    private final Family<ScanCodeEvent> scans =
            new Family<>("scan", ScanCodeEvent.class, EventType.SCANCODE_PUSH, EventType.SCANCODE_WAITMSG);
    private final Family<PicSendEvent> pictures = new Family<>(
            "pictures", PicSendEvent.class, EventType.PIC_SYSPHOTO, EventType.PIC_PHOTO_OR_ALBUM, EventType.PIC_WEIXIN);
    private final Family<LocationSelectEvent> locations =
            new Family<>("location", LocationSelectEvent.class, EventType.LOCATION_SELECT);
    private final Set<String> loggedKeys = ConcurrentHashMap.newKeySet();
    private volatile CallbackListener unmatched;

    private AppEventRoutes(CallbackRouter.Builder router) {
        this.router = router;
    }

    /**
     * Starts registering typed app-event routes on a core router builder. Routes already on the builder
     * stay; routes registered here are added to it.
     *
     * @param router the core builder, e.g. {@code CallbackRouter.builder()}
     * @return the typed registration view of {@code router}
     * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when {@code router} is null
     */
    public static AppEventRoutes into(CallbackRouter.Builder router) {
        if (router == null) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION, "router builder is missing");
        }
        return new AppEventRoutes(router);
    }

    /**
     * Registers a listener for taps on the {@code click} menu button with this key ({@code Event=click},
     * {@code EventKey=key}).
     *
     * @param key      the button's key, as in {@code MenuButton.click(name, key)}
     * @param listener receives the event; returns a passive reply or {@code null}
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the key already has a listener or
     *                           {@code click} is routed elsewhere on the builder;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when the key is blank or over 128 bytes,
     *                           or the listener is null
     */
    public AppEventRoutes onClick(String key, Function<? super ClickEvent, PassiveReply> listener) {
        return keyed(clicks, key, listener);
    }

    /**
     * Registers a listener for codes scanned from the scan button with this key ({@code Event=scancode_push}
     * or {@code scancode_waitmsg}; {@code header().event()} tells which). A reply is shown for
     * {@code scancode_waitmsg}, whose client waits for it.
     *
     * @param key      the button's key
     * @param listener receives the event; returns a passive reply or {@code null}
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the key already has a listener;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when the key is blank or too long, or the
     *                           listener is null
     */
    public AppEventRoutes onScan(String key, Function<? super ScanCodeEvent, PassiveReply> listener) {
        return keyed(scans, key, listener);
    }

    /**
     * Registers a listener for photos sent from the photo button with this key ({@code Event=pic_sysphoto},
     * {@code pic_photo_or_album} or {@code pic_weixin}). The pictures themselves arrive as separate image
     * messages.
     *
     * @param key      the button's key
     * @param listener receives the event; returns a passive reply or {@code null}
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the key already has a listener;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when the key is blank or too long, or the
     *                           listener is null
     */
    public AppEventRoutes onPictures(String key, Function<? super PicSendEvent, PassiveReply> listener) {
        return keyed(pictures, key, listener);
    }

    /**
     * Registers a listener for locations picked with the {@code location_select} button with this key.
     *
     * @param key      the button's key
     * @param listener receives the event; returns a passive reply or {@code null}
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the key already has a listener;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when the key is blank or too long, or the
     *                           listener is null
     */
    public AppEventRoutes onLocationSelected(String key, Function<? super LocationSelectEvent, PassiveReply> listener) {
        return keyed(locations, key, listener);
    }

    /**
     * Sets the listener for key-routed events (click, scans, photos, location) whose key has no listener of
     * its own, such as a button added to the menu before the code that handles it.
     *
     * @param listener receives the raw callback ({@link CallbackMessage#payload()} is typed); returns a passive
     *                 reply or {@code null}
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when one is already set;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public AppEventRoutes onUnmatchedKey(CallbackListener listener) {
        requireListener(listener);
        synchronized (this) {
            if (unmatched != null) {
                throw new CallbackException(Reason.DUPLICATE_ROUTE, "an unmatched-key listener is already set");
            }
            unmatched = listener;
        }
        return this;
    }

    /**
     * Registers a listener for taps on {@code view} buttons ({@code Event=view}); {@code eventKey()} is the URL
     * the client opens.
     *
     * @param listener receives each event
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code view} already has a listener;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public AppEventRoutes onView(Consumer<? super ViewEvent> listener) {
        return event(EventType.VIEW, ViewEvent.class, listener);
    }

    /**
     * Registers a listener for taps on {@code view_miniprogram} buttons ({@code Event=view_miniprogram});
     * {@code eventKey()} is the page path.
     *
     * @param listener receives each event
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code view_miniprogram} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public AppEventRoutes onViewMiniprogram(Consumer<? super ViewMiniprogramEvent> listener) {
        return event(EventType.VIEW_MINIPROGRAM, ViewMiniprogramEvent.class, listener);
    }

    /**
     * Registers a listener for members opening the app ({@code Event=enter_agent}); WeCom sends it only when
     * the app's {@code isreportenter} is 1 ({@code AgentUpdateRequest.builder().reportEnter(true)}).
     *
     * @param listener receives each event; returns a passive reply or {@code null}
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code enter_agent} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public AppEventRoutes onEnterAgent(Function<? super EnterAgentEvent, PassiveReply> listener) {
        requireListener(listener);
        router.on(EventType.ENTER_AGENT, typed(EnterAgentEvent.class, listener));
        return this;
    }

    /**
     * Registers a listener for an administrator switching the app's custom workbench on or off
     * ({@code Event=switch_workbench_mode}, sent by {@code sys}); {@code mode()} is 1 for on, 0 for off.
     *
     * @param listener receives each event
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code switch_workbench_mode} already has
     *                           a listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public AppEventRoutes onWorkbenchModeSwitched(Consumer<? super SwitchWorkbenchModeEvent> listener) {
        return event(EventType.SWITCH_WORKBENCH_MODE, SwitchWorkbenchModeEvent.class, listener);
    }

    /**
     * The core builder, to register other routes or the fallback.
     *
     * @return the builder this object registers on
     */
    public CallbackRouter.Builder router() {
        return router;
    }

    /**
     * Builds the router with every route registered so far.
     *
     * @return the router
     */
    public CallbackRouter build() {
        return router.build();
    }

    private <T extends CallbackPayload> AppEventRoutes keyed(
            Family<T> family, String key, Function<? super T, PassiveReply> listener) {
        requireListener(listener);
        if (key == null || key.isBlank()) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION, family.name + " key is missing or blank");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new CallbackException(
                    Reason.INVALID_CONFIGURATION,
                    family.name + " key is over " + MAX_KEY_BYTES + " bytes, so no menu button can carry it");
        }
        synchronized (this) {
            if (family.listeners.containsKey(key)) {
                throw new CallbackException(
                        Reason.DUPLICATE_ROUTE, family.name + " key " + key + " already has a listener");
            }
            if (!family.registered) {
                CallbackListener dispatcher = message -> dispatch(family, message);
                for (EventType event : family.events) {
                    router.on(event, dispatcher);
                }
                family.registered = true;
            }
            family.listeners.put(key, listener);
        }
        return this;
    }

    private <T extends CallbackPayload> PassiveReply dispatch(Family<T> family, CallbackMessage message) {
        T payload = payload(family.type, message);
        String key = message.get("EventKey");
        Function<? super T, PassiveReply> listener = key == null ? null : family.listeners.get(key);
        if (listener != null) {
            return listener.apply(payload);
        }
        CallbackListener fallback = unmatched;
        if (fallback != null) {
            return fallback.onCallback(message);
        }
        String kind = message.event() + " " + (key == null ? "" : key);
        if (loggedKeys.size() < MAX_LOGGED_KEYS && loggedKeys.add(kind)) {
            LOG.info(
                    "{} event with key \"{}\" has no listener (register it with AppEventRoutes); answered without"
                            + " a reply; logged once per key",
                    message.event(),
                    clip(key));
        }
        return null;
    }

    private <T extends CallbackPayload> AppEventRoutes event(
            EventType event, Class<T> type, Consumer<? super T> listener) {
        requireListener(listener);
        router.on(event, typed(type, payloadOf -> {
            listener.accept(payloadOf);
            return null;
        }));
        return this;
    }

    private static <T extends CallbackPayload> CallbackListener typed(
            Class<T> type, Function<? super T, PassiveReply> listener) {
        return message -> listener.apply(payload(type, message));
    }

    private static <T extends CallbackPayload> T payload(Class<T> type, CallbackMessage message) {
        CallbackPayload payload = message.payload();
        if (!type.isInstance(payload)) {
            throw new CallbackException(
                    Reason.UNEXPECTED_PAYLOAD,
                    "listener for " + type.getSimpleName() + " received "
                            + payload.getClass().getSimpleName());
        }
        return type.cast(payload);
    }

    private static void requireListener(Object listener) {
        if (listener == null) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION, "listener is missing");
        }
    }

    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }

    @Override
    public String toString() {
        return "AppEventRoutes[click keys=" + clicks.listeners.size() + ", scan keys=" + scans.listeners.size()
                + ", picture keys=" + pictures.listeners.size() + ", location keys=" + locations.listeners.size() + "]";
    }

    /** The events that share one key table, and the table. */
    private static final class Family<T extends CallbackPayload> {
        final String name;
        final Class<T> type;
        final EventType[] events;
        final Map<String, Function<? super T, PassiveReply>> listeners = new ConcurrentHashMap<>();
        boolean registered;

        Family(String name, Class<T> type, EventType... events) {
            this.name = name;
            this.type = type;
            this.events = events;
        }
    }
}
