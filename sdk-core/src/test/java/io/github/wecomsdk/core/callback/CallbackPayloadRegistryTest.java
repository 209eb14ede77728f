package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.event.ClickEvent;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.core.testing.Fixtures;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CallbackPayloadRegistryTest {

    record VoteEvent(CallbackHeader header, String option) implements CallbackPayload {}

    private static final String VOTE = "<xml><ToUserName>ww1</ToUserName><FromUserName>u</FromUserName>"
            + "<CreateTime>1700000000</CreateTime><MsgType>event</MsgType><Event>vote_cast</Event>"
            + "<Option>b</Option></xml>";

    private static final CallbackPayloadMapping VOTES =
            registry -> registry.event("vote_cast", (h, m) -> new VoteEvent(h, m.get("Option")));

    @Test
    void letsAModuleAddATypedViewWithoutEditingCore() {
        CallbackPayloadRegistry registry =
                CallbackPayloadRegistry.builder().add(VOTES).build();

        VoteEvent vote = assertInstanceOf(
                VoteEvent.class, CallbackMessage.parse(VOTE, registry).payload());

        assertEquals("b", vote.option());
        assertInstanceOf(
                ReceivedTextMessage.class,
                CallbackMessage.parse(Fixtures.callback("text.xml"), registry).payload());
        assertInstanceOf(UnknownCallback.class, CallbackMessage.parse(VOTE).payload());
    }

    @Test
    void registersCoresOwnViewsTheSameWay() {
        CallbackPayloadRegistry registry = CallbackPayloadRegistry.builder().build();

        assertTrue(registry.maps("text", "", ""));
        assertTrue(registry.maps("event", "click", ""));
        assertTrue(registry.maps("event", "change_contact", "create_user"));
        assertFalse(registry.maps("event", "change_contact", "no_such_change"));
        assertInstanceOf(ClickEvent.class, registry.map(Fixtures.callbackMessage("click.xml")));
    }

    @Test
    void refusesAMappingThatClaimsAKeyAlreadyMappedAndAddsNothingOfIt() {
        CallbackPayloadRegistry.Builder builder = CallbackPayloadRegistry.builder();
        CallbackPayloadMapping clash = r ->
                r.event("vote_cast", (h, m) -> new VoteEvent(h, "x")).message("text", (h, m) -> new VoteEvent(h, "y"));

        CallbackException e = assertThrows(CallbackException.class, () -> builder.add(clash));

        assertEquals(Reason.DUPLICATE_ROUTE, e.reason());
        assertFalse(builder.build().maps("event", "vote_cast", ""));
    }

    @Test
    void findsMappingsRegisteredAsServices() {
        String xml = "<xml><MsgType>event</MsgType><Event>" + TestOnlyPayloadMapping.EVENT
                + "</Event><Detail>d1</Detail></xml>";

        TestOnlyPayloadMapping.TestOnlyEvent event = assertInstanceOf(
                TestOnlyPayloadMapping.TestOnlyEvent.class,
                CallbackMessage.parse(xml).payload());

        assertEquals("d1", event.detail());
    }

    @Test
    void keepsACallbackWhoseFactoryFailsAsUnknown() {
        CallbackPayloadRegistry registry = CallbackPayloadRegistry.builder()
                .add(r -> r.event("vote_cast", (h, m) -> {
                    throw new IllegalStateException("bug in a module's mapping");
                }))
                .build();

        CallbackMessage message = CallbackMessage.parse(VOTE, registry);

        UnknownCallback unknown = assertInstanceOf(UnknownCallback.class, message.payload());
        assertEquals("b", unknown.message().get("Option"));
    }

    @Test
    void handsTheHandlersRegistryToItsListeners() {
        CallbackCrypto crypto = TestKeys.crypto();
        AtomicReference<CallbackPayload> seen = new AtomicReference<>();
        CallbackRouter router = CallbackRouter.builder()
                .fallback(m -> {
                    seen.set(m.payload());
                    return null;
                })
                .build();
        CallbackHandler handler = CallbackHandler.builder(crypto, router)
                .payloadRegistry(CallbackPayloadRegistry.builder().add(VOTES).build())
                .clock(java.time.Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), java.time.ZoneOffset.UTC))
                .build();
        String encrypted = crypto.encrypt(VOTE);

        handler.handle(
                "POST",
                Map.of(
                        "msg_signature",
                        crypto.signature("1700000000", "n", encrypted),
                        "timestamp",
                        "1700000000",
                        "nonce",
                        "n"),
                TestKeys.envelope(encrypted));

        assertEquals("b", assertInstanceOf(VoteEvent.class, seen.get()).option());
        assertInstanceOf(
                ContactUserCreatedEvent.class,
                CallbackMessage.parse(Fixtures.callback("change_contact_create_user.xml"))
                        .payload());
    }
}
