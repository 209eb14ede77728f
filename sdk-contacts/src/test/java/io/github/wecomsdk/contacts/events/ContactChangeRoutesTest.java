package io.github.wecomsdk.contacts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.event.ContactUserDeletedEvent;
import io.github.wecomsdk.core.callback.event.ContactUserFields;
import io.github.wecomsdk.core.callback.event.ContactUserUpdatedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentCreatedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentDeletedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentUpdatedEvent;
import io.github.wecomsdk.core.callback.event.TagUpdatedEvent;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.core.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code change_contact} routes of {@link ContactEventRoutes}. */
class ContactChangeRoutesTest {

    private final Recorder recorder = new Recorder();

    /** A router with every change_contact route and a fallback, each recording its calls. */
    private CallbackRouter everyContactRoute() {
        return ContactEventRoutes.into(CallbackRouter.builder().fallback(recorder.fallback()))
                .onUserCreated(recorder.listener("userCreated"))
                .onUserUpdated(recorder.listener("userUpdated"))
                .onUserDeleted(recorder.listener("userDeleted"))
                .onDepartmentCreated(recorder.listener("departmentCreated"))
                .onDepartmentUpdated(recorder.listener("departmentUpdated"))
                .onDepartmentDeleted(recorder.listener("departmentDeleted"))
                .onTagUpdated(recorder.listener("tagUpdated"))
                .build();
    }

    private Optional<PassiveReply> route(String fixture) {
        return everyContactRoute().route(Fixtures.callbackMessage(fixture));
    }

    @Test
    void deliversACreatedUserWithEveryDocumentedField() {
        route("change_contact_create_user.xml");

        ContactUserCreatedEvent event = recorder.only("userCreated", ContactUserCreatedEvent.class);
        ContactUserFields user = event.user();
        assertEquals("sys", event.header().fromUserName());
        assertEquals(1403610513L, event.header().createTime());
        assertEquals("zhangsan", user.userId());
        assertEquals("张三", user.name());
        assertEquals(List.of(1L, 2L, 3L), user.departments());
        assertEquals(1L, user.mainDepartment());
        assertEquals(List.of(1L, 0L, 0L), user.isLeaderInDept());
        assertEquals(List.of("lisi", "wangwu"), user.directLeader());
        assertEquals("产品经理", user.position());
        assertEquals("13800000000", user.mobile());
        assertEquals(1, user.gender());
        assertEquals("zhangsan@gzdev.com", user.email());
        assertEquals(1, user.status());
        assertEquals("广州市", user.address());
        assertEquals(
                List.of(
                        new ContactUserFields.ExtAttr("爱好", 0, "旅游", null, null),
                        new ContactUserFields.ExtAttr("卡号", 1, null, "企业微信", "https://work.weixin.qq.com")),
                user.extAttrs());
    }

    @Test
    void deliversAnUpdatedUserWithTheNewUserIdAndOnlyTheChangedFields() {
        route("change_contact_update_user.xml");

        ContactUserUpdatedEvent event = recorder.only("userUpdated", ContactUserUpdatedEvent.class);
        assertEquals("zhangsan001", event.newUserId());
        assertEquals("zhangsan", event.user().userId());
        assertEquals(List.of(1L, 2L), event.user().departments());
        assertNull(event.user().name());
        assertNull(event.user().mobile());
    }

    @Test
    void deliversTheDeletedUserId() {
        route("change_contact_delete_user.xml");

        assertEquals(
                "zhangsan",
                recorder.only("userDeleted", ContactUserDeletedEvent.class).userId());
    }

    @Test
    void deliversACreatedDepartment() {
        route("change_contact_create_party.xml");

        DepartmentCreatedEvent event = recorder.only("departmentCreated", DepartmentCreatedEvent.class);
        assertEquals(2L, event.id());
        assertEquals("张三", event.name());
        assertEquals(1L, event.parentId());
        assertEquals(1L, event.order());
    }

    @Test
    void deliversAnUpdatedDepartmentWithOnlyTheChangedName() {
        route("change_contact_update_party.xml");

        DepartmentUpdatedEvent event = recorder.only("departmentUpdated", DepartmentUpdatedEvent.class);
        assertEquals(2L, event.id());
        assertEquals("研发部", event.name());
        assertNull(event.parentId());
    }

    @Test
    void deliversTheDeletedDepartmentId() {
        route("change_contact_delete_party.xml");

        assertEquals(
                2L,
                recorder.only("departmentDeleted", DepartmentDeletedEvent.class).id());
    }

    @Test
    void deliversTagMembershipChanges() {
        route("change_contact_update_tag.xml");

        TagUpdatedEvent event = recorder.only("tagUpdated", TagUpdatedEvent.class);
        assertEquals(1L, event.tagId());
        assertEquals(List.of("zhangsan", "lisi"), event.addUserItems());
        assertEquals(List.of("zhangsan1", "lisi1"), event.delUserItems());
        assertEquals(List.of(1L, 2L), event.addPartyItems());
        assertEquals(List.of(3L, 4L), event.delPartyItems());
    }

    @Test
    void answersContactChangesWithoutAPassiveReply() {
        assertTrue(route("change_contact_create_user.xml").isEmpty());
    }

    @Test
    void sendsAChangeTypeWithoutItsOwnListenerToTheFallback() {
        CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder().fallback(recorder.fallback()))
                .onUserCreated(recorder.listener("userCreated"))
                .build();
        CallbackMessage deleted = Fixtures.callbackMessage("change_contact_delete_user.xml");

        router.route(deleted);

        assertSame(deleted, recorder.only("fallback", CallbackMessage.class));
    }

    @Test
    void sendsAChangeTypeThisSdkDoesNotKnowToTheFallback() {
        route("change_contact_unknown.xml");

        CallbackMessage message = recorder.only("fallback", CallbackMessage.class);
        assertEquals("merge_party", message.changeType());
    }

    @Test
    void keepsTheRoutesAlreadyOnTheCoreBuilder() {
        CallbackRouter.Builder core = CallbackRouter.builder().onMessage("text", m -> PassiveReply.text("hi"));
        CallbackRouter router = ContactEventRoutes.into(core)
                .onUserDeleted(recorder.listener("userDeleted"))
                .build();

        Optional<PassiveReply> reply = router.route(CallbackMessage.parse("<xml><MsgType>text</MsgType>"
                + "<FromUserName>zhangsan</FromUserName><Content>hello</Content></xml>"));

        assertEquals(PassiveReply.text("hi"), reply.orElseThrow());
        assertTrue(recorder.calls.isEmpty());
    }

    @Test
    void registersOnTheCoreBuilderItWasGiven() {
        CallbackRouter.Builder core = CallbackRouter.builder();

        ContactEventRoutes routes = ContactEventRoutes.into(core).onUserCreated(recorder.listener("userCreated"));

        assertSame(core, routes.router());
        core.build().route(Fixtures.callbackMessage("change_contact_create_user.xml"));
        assertEquals(
                "zhangsan",
                recorder.only("userCreated", ContactUserCreatedEvent.class)
                        .user()
                        .userId());
    }

    @Test
    void refusesASecondListenerForTheSameChangeAsADuplicateRoute() {
        ContactEventRoutes routes =
                ContactEventRoutes.into(CallbackRouter.builder()).onUserCreated(e -> {});

        CallbackException e = assertThrows(CallbackException.class, () -> routes.onUserCreated(ev -> {}));

        assertEquals(CallbackException.Reason.DUPLICATE_ROUTE, e.reason());
        assertTrue(e.getMessage().contains("create_user"), e.getMessage());
    }

    @Test
    void refusesATypedListenerForAChangeAlreadyRoutedOnTheCoreBuilder() {
        CallbackRouter.Builder core = CallbackRouter.builder().onChange("change_contact", "update_tag", m -> null);

        CallbackException e = assertThrows(
                CallbackException.class, () -> ContactEventRoutes.into(core).onTagUpdated(ev -> {}));

        assertEquals(CallbackException.Reason.DUPLICATE_ROUTE, e.reason());
    }

    @Test
    void refusesAMissingListener() {
        ContactEventRoutes routes = ContactEventRoutes.into(CallbackRouter.builder());

        CallbackException e = assertThrows(CallbackException.class, () -> routes.onDepartmentCreated(null));

        assertEquals(CallbackException.Reason.INVALID_CONFIGURATION, e.reason());
        assertTrue(e.getMessage().contains("create_party"), e.getMessage());
    }

    @Test
    void refusesAMissingRouterBuilder() {
        CallbackException e = assertThrows(CallbackException.class, () -> ContactEventRoutes.into(null));

        assertEquals(CallbackException.Reason.INVALID_CONFIGURATION, e.reason());
    }

    @Test
    void leavesMessagesOfOtherTypesToTheirOwnListeners() {
        CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder().fallback(recorder.fallback()))
                .onUserCreated(recorder.listener("userCreated"))
                .build();

        router.route(CallbackMessage.parse("<xml><MsgType>text</MsgType><Content>create_user</Content></xml>"));

        CallbackMessage message = recorder.only("fallback", CallbackMessage.class);
        assertInstanceOf(ReceivedTextMessage.class, message.payload());
    }
}
