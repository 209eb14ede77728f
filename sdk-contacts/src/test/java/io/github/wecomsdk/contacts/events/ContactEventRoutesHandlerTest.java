package io.github.wecomsdk.contacts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackResponse;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.event.ContactUserDeletedEvent;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeType;
import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.SignedCallback;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed routes behind a real {@link CallbackHandler}: signed, encrypted POSTs as WeCom sends them. */
class ContactEventRoutesHandlerTest {

    private static final String TOKEN = "Vq3kZ8pLm2Tx7Rb9";
    private static final String AES_KEY = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF3Gh";
    private static final String CORP_ID = "ww6b1c5d9e2f8a7c3d";
    private static final String TIMESTAMP = "1700000000";
    private static final String NONCE = "1372623149";

    private final CallbackCrypto crypto = new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);
    private final Recorder recorder = new Recorder();

    private CallbackHandler handler() {
        CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder().fallback(recorder.fallback()))
                .onUserCreated(recorder.listener("userCreated"))
                .onUserDeleted(recorder.listener("userDeleted"))
                .onExternalContact(ExternalContactChangeType.ADD_EXTERNAL_CONTACT, recorder.listener("customerAdded"))
                .build();
        return CallbackHandler.builder(crypto, router)
                .clock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(TIMESTAMP)), ZoneOffset.UTC))
                .build();
    }

    private CallbackResponse post(CallbackHandler handler, String plainXml) {
        SignedCallback request = SignedCallback.of(crypto, CORP_ID, plainXml, TIMESTAMP, NONCE);
        return handler.handle("POST", request.query(), request.body());
    }

    @Test
    void deliversAnEncryptedUserCreationToTheTypedListenerAndAnswers200() {
        CallbackResponse response = post(handler(), Fixtures.callback("change_contact_create_user.xml"));

        assertEquals(200, response.status());
        assertEquals("", response.body());
        ContactUserCreatedEvent event = recorder.only("userCreated", ContactUserCreatedEvent.class);
        assertEquals("zhangsan", event.user().userId());
        assertEquals(List.of(1L, 2L, 3L), event.user().departments());
        assertEquals(CORP_ID, event.header().toUserName());
    }

    @Test
    void deliversAnEncryptedCustomerAdditionToTheTypedListener() {
        CallbackResponse response = post(handler(), Fixtures.callback("change_external_contact_add.xml"));

        assertEquals(200, response.status());
        ExternalContactChangeEvent event = recorder.only("customerAdded", ExternalContactChangeEvent.class);
        assertEquals("WELCOMECODE", event.welcomeCode());
    }

    @Test
    void callsTheTypedListenerOnceWhenWeComRetriesTheSameEvent() {
        CallbackHandler handler = handler();
        String xml = Fixtures.callback("change_contact_delete_user.xml");

        post(handler, xml);
        CallbackResponse retry = post(handler, xml);

        assertEquals(200, retry.status());
        assertEquals(
                "zhangsan",
                recorder.only("userDeleted", ContactUserDeletedEvent.class).userId());
    }

    @Test
    void refusesAForgedSignatureWithoutCallingAnyListener() {
        String encrypted = crypto.encrypt(Fixtures.callback("change_contact_create_user.xml"));
        Map<String, String> query = Map.of("msg_signature", "0".repeat(40), "timestamp", TIMESTAMP, "nonce", NONCE);
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt></xml>";

        CallbackResponse response = handler().handle("POST", query, body);

        assertEquals(403, response.status());
        assertTrue(recorder.calls.isEmpty());
    }
}
