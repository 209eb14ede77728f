package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackRouterTest {

    private final List<String> calls = new ArrayList<>();

    private CallbackListener record(String name) {
        return m -> {
            calls.add(name);
            return null;
        };
    }

    @Test
    void routesMessagesByMsgType() {
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> PassiveReply.text("echo: " + m.get("Content")))
                .onMessage("image", record("image"))
                .build();

        PassiveReply reply = router.route(Fixtures.callbackMessage("text.xml")).orElseThrow();
        router.route(Fixtures.callbackMessage("image.xml"));

        assertEquals(PassiveReply.text("echo: this is a test"), reply);
        assertEquals(List.of("image"), calls);
    }

    @Test
    void prefersChangeTypeOverEventOverMsgType() {
        CallbackRouter router = CallbackRouter.builder()
                .onChange("change_contact", "create_user", record("create_user"))
                .onEvent("change_contact", record("change_contact"))
                .onMessage("event", record("any event"))
                .build();

        router.route(Fixtures.callbackMessage("change_contact_create_user.xml"));
        router.route(Fixtures.callbackMessage("change_contact_delete_user.xml"));
        router.route(Fixtures.callbackMessage("click.xml"));

        assertEquals(List.of("create_user", "change_contact", "any event"), calls);
    }

    @Test
    void routesEveryChangeTypeOfContactEventsSeparately() {
        CallbackRouter.Builder builder = CallbackRouter.builder();
        for (String type : List.of(
                "create_user",
                "update_user",
                "delete_user",
                "create_party",
                "update_party",
                "delete_party",
                "update_tag")) {
            builder.onChange("change_contact", type, record(type));
        }
        CallbackRouter router = builder.build();

        for (String type : List.of(
                "create_user",
                "update_user",
                "delete_user",
                "create_party",
                "update_party",
                "delete_party",
                "update_tag")) {
            router.route(Fixtures.callbackMessage("change_contact_" + type + ".xml"));
        }

        assertEquals(
                List.of(
                        "create_user",
                        "update_user",
                        "delete_user",
                        "create_party",
                        "update_party",
                        "delete_party",
                        "update_tag"),
                calls);
    }

    @Test
    void sendsUnknownEventsToTheFallbackWithRawXml() {
        List<String> raw = new ArrayList<>();
        CallbackRouter router = CallbackRouter.builder()
                .onEvent("click", record("click"))
                .fallback(m -> {
                    raw.add(m.rawXml());
                    return null;
                })
                .build();

        router.route(Fixtures.callbackMessage("unknown_event.xml"));

        assertEquals(List.of(Fixtures.callback("unknown_event.xml")), raw);
        assertTrue(calls.isEmpty());
    }

    @Test
    void answersNothingWhenNoListenerMatchesAndNoFallbackIsSet() {
        CallbackRouter router =
                CallbackRouter.builder().onEvent("click", record("click")).build();

        assertTrue(router.route(Fixtures.callbackMessage("text.xml")).isEmpty());
        assertTrue(router.listenerFor(Fixtures.callbackMessage("text.xml")).isEmpty());
    }

    @Test
    void routesThroughTypedConstants() {
        CallbackRouter router = CallbackRouter.builder()
                .on(MsgType.TEXT, record("text"))
                .on(EventType.CLICK, record("click"))
                .onChange(EventType.CHANGE_CONTACT, "create_user", record("create_user"))
                .build();

        router.route(Fixtures.callbackMessage("text.xml"));
        router.route(Fixtures.callbackMessage("click.xml"));
        router.route(Fixtures.callbackMessage("change_contact_create_user.xml"));

        assertEquals(List.of("text", "click", "create_user"), calls);
    }

    @Test
    void refusesTheUnknownConstantAsARoute() {
        CallbackRouter.Builder builder = CallbackRouter.builder();

        assertEquals(
                Reason.INVALID_CONFIGURATION,
                assertThrows(CallbackException.class, () -> builder.on(EventType.UNKNOWN, record("x")))
                        .reason());
        assertEquals(
                Reason.INVALID_CONFIGURATION,
                assertThrows(CallbackException.class, () -> builder.on(MsgType.UNKNOWN, record("x")))
                        .reason());
    }

    @Test
    void mapsEveryTypedConstantToItsWireValueAndBack() {
        for (EventType type : EventType.values()) {
            assertEquals(type, EventType.fromWire(type.wireValue()));
        }
        for (MsgType type : MsgType.values()) {
            assertEquals(type, MsgType.fromWire(type.wireValue()));
        }
        assertEquals(EventType.LOCATION, EventType.fromWire("LOCATION"));
        assertEquals(EventType.UNKNOWN, EventType.fromWire("location"));
    }

    @Test
    void logsAnUnmatchedCallbackOnceAtInfoWithItsTypeOnly() {
        CapturedLogs.clear();
        CallbackRouter router =
                CallbackRouter.builder().onEvent("click", record("click")).build();
        CallbackMessage text = Fixtures.callbackMessage("text.xml");

        router.route(text);
        router.route(text);

        List<String> lines = CapturedLogs.lines().stream()
                .filter(l -> l.startsWith("INFO") && l.contains("no listener") && l.contains("MsgType=text"))
                .toList();
        assertEquals(1, lines.size(), CapturedLogs.text());
        assertTrue(lines.get(0).contains("Event=, ChangeType="), lines.get(0));
        assertFalse(lines.get(0).contains("zhangsan"), lines.get(0));
        assertFalse(lines.get(0).contains("this is a test"), lines.get(0));
    }

    @Test
    void rejectsRegisteringTheSameKeyTwice() {
        CallbackRouter.Builder builder = CallbackRouter.builder()
                .onMessage("text", record("a"))
                .onEvent("click", record("a"))
                .onChange("change_contact", "create_user", record("a"))
                .fallback(record("a"));

        assertEquals(
                Reason.DUPLICATE_ROUTE,
                assertThrows(CallbackException.class, () -> builder.onMessage("text", record("b")))
                        .reason());
        assertEquals(
                Reason.DUPLICATE_ROUTE,
                assertThrows(CallbackException.class, () -> builder.onEvent("click", record("b")))
                        .reason());
        assertEquals(
                Reason.DUPLICATE_ROUTE,
                assertThrows(
                                CallbackException.class,
                                () -> builder.onChange("change_contact", "create_user", record("b")))
                        .reason());
        assertEquals(
                Reason.DUPLICATE_ROUTE,
                assertThrows(CallbackException.class, () -> builder.fallback(record("b")))
                        .reason());
    }

    @Test
    void adaptsTypedListeners() {
        CallbackRouter router = CallbackRouter.builder()
                .onChange(
                        "change_contact",
                        "create_user",
                        CallbackListener.typed(
                                ContactUserCreatedEvent.class,
                                e -> PassiveReply.text(e.user().userId())))
                .onEvent("click", CallbackListener.typed(ContactUserCreatedEvent.class, e -> null))
                .build();

        assertEquals(
                PassiveReply.text("zhangsan"),
                router.route(Fixtures.callbackMessage("change_contact_create_user.xml"))
                        .orElseThrow());
        assertEquals(
                Reason.UNEXPECTED_PAYLOAD,
                assertThrows(CallbackException.class, () -> router.route(Fixtures.callbackMessage("click.xml")))
                        .reason());
    }

    @Test
    void letsListenerExceptionsReachTheCaller() {
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    throw new IllegalStateException("boom");
                })
                .build();

        assertThrows(IllegalStateException.class, () -> router.route(Fixtures.callbackMessage("text.xml")));
    }
}
