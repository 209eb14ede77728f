package io.github.wecomsdk.contacts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.event.ExternalChatChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalChatChangeType;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeType;
import io.github.wecomsdk.core.callback.event.ExternalTagChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalTagChangeType;
import io.github.wecomsdk.core.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code change_external_contact}, {@code change_external_chat} and {@code change_external_tag} routes. */
class ExternalChangeRoutesTest {

    private final Recorder recorder = new Recorder();

    private ContactEventRoutes routes() {
        return ContactEventRoutes.into(CallbackRouter.builder().fallback(recorder.fallback()));
    }

    /** A router with one listener per known external-contact change type, named after the type. */
    private CallbackRouter everyExternalContactType() {
        ContactEventRoutes routes = routes();
        for (ExternalContactChangeType type : ExternalContactChangeType.values()) {
            if (type != ExternalContactChangeType.UNKNOWN) {
                routes.onExternalContact(type, recorder.listener(type.name()));
            }
        }
        return routes.build();
    }

    private CallbackRouter everyExternalChatType() {
        ContactEventRoutes routes = routes();
        for (ExternalChatChangeType type : ExternalChatChangeType.values()) {
            if (type != ExternalChatChangeType.UNKNOWN) {
                routes.onExternalChat(type, recorder.listener(type.name()));
            }
        }
        return routes.build();
    }

    private CallbackRouter everyExternalTagType() {
        ContactEventRoutes routes = routes();
        for (ExternalTagChangeType type : ExternalTagChangeType.values()) {
            if (type != ExternalTagChangeType.UNKNOWN) {
                routes.onExternalTag(type, recorder.listener(type.name()));
            }
        }
        return routes.build();
    }

    @ParameterizedTest
    @CsvSource({
        "change_external_contact_add.xml, ADD_EXTERNAL_CONTACT, zhangsan",
        "change_external_contact_edit.xml, EDIT_EXTERNAL_CONTACT, zhangsan",
        "change_external_contact_add_half.xml, ADD_HALF_EXTERNAL_CONTACT, lisi",
        "change_external_contact_del.xml, DEL_EXTERNAL_CONTACT, zhangsan",
        "change_external_contact_del_follow_user.xml, DEL_FOLLOW_USER, wangwu",
        "change_external_contact_transfer_fail.xml, TRANSFER_FAIL, zhangsan"
    })
    void routesEachCustomerChangeToTheListenerOfItsType(String fixture, ExternalContactChangeType type, String userId) {
        everyExternalContactType().route(Fixtures.callbackMessage(fixture));

        ExternalContactChangeEvent event = recorder.only(type.name(), ExternalContactChangeEvent.class);
        assertEquals(type, event.changeType());
        assertEquals(userId, event.userId());
    }

    @Test
    void deliversAnAddedCustomerWithStateAndWelcomeCode() {
        everyExternalContactType().route(Fixtures.callbackMessage("change_external_contact_add.xml"));

        ExternalContactChangeEvent event = recorder.only("ADD_EXTERNAL_CONTACT", ExternalContactChangeEvent.class);
        assertEquals("woAJ2GCAAAXtWyujaWJHDDGi0mACAAA", event.externalUserId());
        assertEquals("teststate", event.state());
        assertEquals("WELCOMECODE", event.welcomeCode());
        assertNull(event.source());
    }

    @Test
    void deliversTheSourceOfACustomerDeletedByTransfer() {
        everyExternalContactType().route(Fixtures.callbackMessage("change_external_contact_del.xml"));

        assertEquals(
                "DELETE_BY_TRANSFER",
                recorder.only("DEL_EXTERNAL_CONTACT", ExternalContactChangeEvent.class)
                        .source());
    }

    @Test
    void deliversTheReasonOfAFailedTransfer() {
        everyExternalContactType().route(Fixtures.callbackMessage("change_external_contact_transfer_fail.xml"));

        assertEquals(
                "customer_refused",
                recorder.only("TRANSFER_FAIL", ExternalContactChangeEvent.class).failReason());
    }

    @Test
    void sendsACustomerChangeTypeWithoutItsOwnListenerToTheFallback() {
        CallbackRouter router = routes().onExternalContact(
                        ExternalContactChangeType.ADD_EXTERNAL_CONTACT, recorder.listener("add"))
                .build();

        router.route(Fixtures.callbackMessage("change_external_contact_del.xml"));

        assertEquals(
                "del_external_contact",
                recorder.only("fallback", CallbackMessage.class).changeType());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "change_external_contact_add.xml",
                "change_external_contact_edit.xml",
                "change_external_contact_add_half.xml",
                "change_external_contact_del.xml",
                "change_external_contact_del_follow_user.xml",
                "change_external_contact_transfer_fail.xml"
            })
    void sendsEveryKnownCustomerChangeToTheAnyListener(String fixture) {
        CallbackRouter router =
                routes().onAnyExternalContact(recorder.listener("any")).build();
        CallbackMessage message = Fixtures.callbackMessage(fixture);

        router.route(message);

        ExternalContactChangeEvent event = recorder.only("any", ExternalContactChangeEvent.class);
        assertEquals(message.changeType(), event.changeType().wireValue());
    }

    @Test
    void sendsACustomerChangeTypeThisSdkDoesNotKnowToTheAnyListenerWithItsRawName() {
        CallbackRouter router =
                routes().onAnyExternalContact(recorder.listener("any")).build();

        router.route(Fixtures.callbackMessage("change_external_contact_unknown.xml"));

        ExternalContactChangeEvent event = recorder.only("any", ExternalContactChangeEvent.class);
        assertEquals(ExternalContactChangeType.UNKNOWN, event.changeType());
        assertEquals("msg_audit_approved", event.header().changeType());
        assertEquals("woAJ2GCAAAXtWyujaWJHDDGi0mACEEE", event.externalUserId());
    }

    @Test
    void prefersTheListenerOfACustomerChangeTypeOverTheAnyListener() {
        CallbackRouter router = routes().onAnyExternalContact(recorder.listener("any"))
                .onExternalContact(ExternalContactChangeType.DEL_FOLLOW_USER, recorder.listener("delFollowUser"))
                .build();

        router.route(Fixtures.callbackMessage("change_external_contact_del_follow_user.xml"));
        router.route(Fixtures.callbackMessage("change_external_contact_edit.xml"));

        assertEquals(
                List.of("delFollowUser", "any"),
                recorder.calls.stream().map(Recorder.Call::listener).toList());
    }

    @Test
    void refusesASecondListenerForTheSameCustomerChangeType() {
        ContactEventRoutes routes = routes().onExternalContact(ExternalContactChangeType.TRANSFER_FAIL, e -> {});

        CallbackException e = assertThrows(
                CallbackException.class,
                () -> routes.onExternalContact(ExternalContactChangeType.TRANSFER_FAIL, ev -> {}));

        assertEquals(CallbackException.Reason.DUPLICATE_ROUTE, e.reason());
        assertTrue(e.getMessage().contains("transfer_fail"), e.getMessage());
    }

    @Test
    void refusesASecondAnyListenerForCustomerChanges() {
        ContactEventRoutes routes = routes().onAnyExternalContact(e -> {});

        CallbackException e = assertThrows(CallbackException.class, () -> routes.onAnyExternalContact(ev -> {}));

        assertEquals(CallbackException.Reason.DUPLICATE_ROUTE, e.reason());
    }

    @Test
    void refusesTheUnknownCustomerChangeTypeAsARouteKey() {
        CallbackException e = assertThrows(
                CallbackException.class, () -> routes().onExternalContact(ExternalContactChangeType.UNKNOWN, ev -> {}));

        assertEquals(CallbackException.Reason.INVALID_CONFIGURATION, e.reason());
        assertTrue(e.getMessage().contains("onAnyExternalContact"), e.getMessage());
    }

    @Test
    void refusesAMissingCustomerChangeType() {
        CallbackException e = assertThrows(CallbackException.class, () -> routes().onExternalContact(null, ev -> {}));

        assertEquals(CallbackException.Reason.INVALID_CONFIGURATION, e.reason());
    }

    @ParameterizedTest
    @CsvSource({
        "change_external_chat_create.xml, CREATE, wrOgQhDgAAMYQiS5ol9G7gK9JVCREATE",
        "change_external_chat_update.xml, UPDATE, wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA",
        "change_external_chat_dismiss.xml, DISMISS, wrOgQhDgAAMYQiS5ol9G7gK9JVDISMISS"
    })
    void routesEachGroupChangeToTheListenerOfItsType(String fixture, ExternalChatChangeType type, String chatId) {
        everyExternalChatType().route(Fixtures.callbackMessage(fixture));

        ExternalChatChangeEvent event = recorder.only(type.name(), ExternalChatChangeEvent.class);
        assertEquals(type, event.changeType());
        assertEquals(chatId, event.chatId());
    }

    @Test
    void deliversTheMembersAndVersionsOfAGroupUpdate() {
        everyExternalChatType().route(Fixtures.callbackMessage("change_external_chat_update.xml"));

        ExternalChatChangeEvent event = recorder.only("UPDATE", ExternalChatChangeEvent.class);
        assertEquals("add_member", event.updateDetail());
        assertEquals(1, event.joinScene());
        assertEquals(2, event.memChangeCnt());
        assertEquals(List.of("Jack", "Rose"), event.memChangeList());
        assertEquals("9c3f97c2ada667dfb5f6d03308d963e1", event.lastMemVer());
        assertEquals("71217227bbd112ecfe3a49c482195cb4", event.curMemVer());
    }

    @Test
    void sendsAGroupChangeTypeWithoutItsOwnListenerToTheFallback() {
        CallbackRouter router = routes().onExternalChat(ExternalChatChangeType.CREATE, recorder.listener("create"))
                .build();

        router.route(Fixtures.callbackMessage("change_external_chat_dismiss.xml"));

        assertEquals("dismiss", recorder.only("fallback", CallbackMessage.class).changeType());
    }

    @Test
    void sendsEveryGroupChangeWithoutItsOwnListenerToTheAnyListener() {
        CallbackRouter router = routes().onExternalChat(ExternalChatChangeType.UPDATE, recorder.listener("update"))
                .onAnyExternalChat(recorder.listener("any"))
                .build();

        router.route(Fixtures.callbackMessage("change_external_chat_create.xml"));
        router.route(Fixtures.callbackMessage("change_external_chat_update.xml"));
        router.route(Fixtures.callbackMessage("change_external_chat_dismiss.xml"));

        assertEquals(
                List.of("any", "update", "any"),
                recorder.calls.stream().map(Recorder.Call::listener).toList());
        assertEquals(
                ExternalChatChangeType.DISMISS,
                ((ExternalChatChangeEvent) recorder.calls.get(2).received()).changeType());
    }

    @Test
    void refusesASecondListenerForTheSameGroupChangeType() {
        ContactEventRoutes routes = routes().onExternalChat(ExternalChatChangeType.DISMISS, e -> {});

        CallbackException e = assertThrows(
                CallbackException.class, () -> routes.onExternalChat(ExternalChatChangeType.DISMISS, ev -> {}));

        assertEquals(CallbackException.Reason.DUPLICATE_ROUTE, e.reason());
    }

    @Test
    void refusesTheUnknownGroupChangeTypeAsARouteKey() {
        CallbackException e = assertThrows(
                CallbackException.class, () -> routes().onExternalChat(ExternalChatChangeType.UNKNOWN, ev -> {}));

        assertEquals(CallbackException.Reason.INVALID_CONFIGURATION, e.reason());
    }

    @ParameterizedTest
    @CsvSource({
        "change_external_tag_create.xml, CREATE, etm7wjCgAAT4xrMmvgv2CQFmrJbXbXMQ",
        "change_external_tag_update.xml, UPDATE, etm7wjCgAAT4xrMmvgv2CQFmrJbXUPDT",
        "change_external_tag_delete.xml, DELETE, etm7wjCgAAT4xrMmvgv2CQFmrJbXDELE",
        "change_external_tag_shuffle.xml, SHUFFLE, TAG_ID"
    })
    void routesEachCorpTagChangeToTheListenerOfItsType(String fixture, ExternalTagChangeType type, String id) {
        everyExternalTagType().route(Fixtures.callbackMessage(fixture));

        ExternalTagChangeEvent event = recorder.only(type.name(), ExternalTagChangeEvent.class);
        assertEquals(type, event.changeType());
        assertEquals(id, event.id());
    }

    @Test
    void deliversTheTagTypeAndRuleGroupOfACorpTagChange() {
        everyExternalTagType().route(Fixtures.callbackMessage("change_external_tag_delete.xml"));

        ExternalTagChangeEvent event = recorder.only("DELETE", ExternalTagChangeEvent.class);
        assertEquals("tag", event.tagType());
        assertEquals("7", event.strategyId());
    }

    @Test
    void sendsACorpTagChangeTypeWithoutItsOwnListenerToTheFallback() {
        CallbackRouter router = routes().onExternalTag(ExternalTagChangeType.CREATE, recorder.listener("create"))
                .build();

        router.route(Fixtures.callbackMessage("change_external_tag_shuffle.xml"));

        assertEquals("shuffle", recorder.only("fallback", CallbackMessage.class).changeType());
    }

    @Test
    void sendsEveryCorpTagChangeWithoutItsOwnListenerToTheAnyListener() {
        CallbackRouter router = routes().onExternalTag(ExternalTagChangeType.SHUFFLE, recorder.listener("shuffle"))
                .onAnyExternalTag(recorder.listener("any"))
                .build();

        router.route(Fixtures.callbackMessage("change_external_tag_update.xml"));
        router.route(Fixtures.callbackMessage("change_external_tag_shuffle.xml"));

        assertEquals(
                List.of("any", "shuffle"),
                recorder.calls.stream().map(Recorder.Call::listener).toList());
        ExternalTagChangeEvent update =
                (ExternalTagChangeEvent) recorder.calls.get(0).received();
        assertEquals("tag_group", update.tagType());
        assertNull(update.strategyId());
    }

    @Test
    void refusesASecondAnyListenerForCorpTagChanges() {
        ContactEventRoutes routes = routes().onAnyExternalTag(e -> {});

        CallbackException e = assertThrows(CallbackException.class, () -> routes.onAnyExternalTag(ev -> {}));

        assertEquals(CallbackException.Reason.DUPLICATE_ROUTE, e.reason());
    }

    @Test
    void refusesTheUnknownCorpTagChangeTypeAsARouteKey() {
        CallbackException e = assertThrows(
                CallbackException.class, () -> routes().onExternalTag(ExternalTagChangeType.UNKNOWN, ev -> {}));

        assertEquals(CallbackException.Reason.INVALID_CONFIGURATION, e.reason());
    }

    @Test
    void keepsExternalChangesAwayFromAddressBookListeners() {
        CallbackRouter router = routes().onUserCreated(recorder.listener("userCreated"))
                .onUserDeleted(recorder.listener("userDeleted"))
                .onAnyExternalContact(recorder.listener("anyCustomer"))
                .build();

        router.route(Fixtures.callbackMessage("change_external_tag_create.xml"));

        assertEquals(
                "change_external_tag",
                recorder.only("fallback", CallbackMessage.class).event());
    }
}
