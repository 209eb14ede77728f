package io.github.wecomsdk.contacts.events;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.event.ContactUserDeletedEvent;
import io.github.wecomsdk.core.callback.event.ContactUserUpdatedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentCreatedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentDeletedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentUpdatedEvent;
import io.github.wecomsdk.core.callback.event.ExternalChatChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalChatChangeType;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeType;
import io.github.wecomsdk.core.callback.event.ExternalTagChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalTagChangeType;
import io.github.wecomsdk.core.callback.event.TagUpdatedEvent;
import java.util.function.Consumer;

/**
 * Registers typed listeners for address-book and customer-contact change events on a
 * {@link CallbackRouter.Builder}, so that no {@code Event} or {@code ChangeType} string is typed by hand.
 * Each method registers one route on the core builder at once and returns this object for chaining;
 * {@link #router()} returns the core builder for other routes and {@link #build()} builds the router.
 *
 * <pre>{@code
 * CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder())
 *     .onUserCreated(e -> directory.add(e.user().userId(), e.user().departments()))
 *     .onDepartmentDeleted(e -> directory.dropDepartment(e.id()))
 *     .onTagUpdated(e -> tags.refresh(e.tagId()))
 *     .onExternalContact(ExternalContactChangeType.ADD_EXTERNAL_CONTACT, e -> welcome(e.welcomeCode()))
 *     .onAnyExternalTag(e -> corpTags.reload())
 *     .build();
 * }</pre>
 *
 * <p>The router's rules apply unchanged: a route registered twice throws {@link CallbackException}
 * ({@link Reason#DUPLICATE_ROUTE}); the most specific route wins (an {@code (Event, ChangeType)} route from
 * {@code onUserCreated} or {@code onExternalContact(type, ...)} before an {@code Event} route from
 * {@code onAnyExternalContact}); a change with no route goes to the router's fallback. Listeners run on the
 * thread that received the HTTP request and must finish well within WeCom's 5 seconds; an exception they
 * throw reaches {@link CallbackRouter#route}, and {@link io.github.wecomsdk.core.callback.CallbackHandler}
 * logs it and answers WeCom with 500 so that WeCom delivers the change again (unless the handler was built
 * to acknowledge listener failures); listeners should therefore tolerate seeing a change twice after a
 * failure part-way. Change events are sent by {@code sys},
 * so the listeners give no passive reply.
 *
 * <p>Which events arrive where: {@code change_contact} goes to the contacts-sync (通讯录同步) event URL and to
 * 代开发 and shared apps; the {@code change_external_*} events go to the callback URL of the self-built app
 * configured under 客户联系 → 可调用接口的应用, or of 代开发 and third-party apps with customer permission.
 * Not thread-safe while registering, like the builder it wraps.
 */
public final class ContactEventRoutes {

    private static final String CHANGE_CONTACT = EventType.CHANGE_CONTACT.wireValue();
    private static final String CHANGE_EXTERNAL_CONTACT = EventType.CHANGE_EXTERNAL_CONTACT.wireValue();
    private static final String CHANGE_EXTERNAL_CHAT = EventType.CHANGE_EXTERNAL_CHAT.wireValue();
    private static final String CHANGE_EXTERNAL_TAG = EventType.CHANGE_EXTERNAL_TAG.wireValue();

    private final CallbackRouter.Builder router;

    private ContactEventRoutes(CallbackRouter.Builder router) {
        this.router = router;
    }

    /**
     * Starts registering typed contact-change routes on a core router builder. Routes already on the
     * builder stay; routes registered here are added to it.
     *
     * @param router the core builder, e.g. {@code CallbackRouter.builder()}
     * @return the typed registration view of {@code router}
     * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when {@code router} is null
     */
    public static ContactEventRoutes into(CallbackRouter.Builder router) {
        if (router == null) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION, "router builder is missing");
        }
        return new ContactEventRoutes(router);
    }

    /**
     * Registers a listener for new members ({@code Event=change_contact}, {@code ChangeType=create_user}).
     * Contacts-sync callback URLs set after 2022-08-15 receive only the user id and departments; the other
     * fields of {@link ContactUserCreatedEvent#user()} are then null.
     *
     * @param listener receives each created member
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code create_user} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public ContactEventRoutes onUserCreated(Consumer<? super ContactUserCreatedEvent> listener) {
        return change(CHANGE_CONTACT, "create_user", ContactUserCreatedEvent.class, listener);
    }

    /**
     * Registers a listener for updated members ({@code Event=change_contact}, {@code ChangeType=update_user}).
     * Only changed fields are set; {@link ContactUserUpdatedEvent#newUserId()} is set when the user id
     * changed. Contacts-sync callback URLs set after 2022-08-15 get this event only for department, leader
     * or user id changes.
     *
     * @param listener receives each updated member
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code update_user} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public ContactEventRoutes onUserUpdated(Consumer<? super ContactUserUpdatedEvent> listener) {
        return change(CHANGE_CONTACT, "update_user", ContactUserUpdatedEvent.class, listener);
    }

    /**
     * Registers a listener for deleted members ({@code Event=change_contact}, {@code ChangeType=delete_user}).
     *
     * @param listener receives each deleted member's user id
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code delete_user} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public ContactEventRoutes onUserDeleted(Consumer<? super ContactUserDeletedEvent> listener) {
        return change(CHANGE_CONTACT, "delete_user", ContactUserDeletedEvent.class, listener);
    }

    /**
     * Registers a listener for new departments ({@code Event=change_contact},
     * {@code ChangeType=create_party}).
     *
     * @param listener receives each created department
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code create_party} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public ContactEventRoutes onDepartmentCreated(Consumer<? super DepartmentCreatedEvent> listener) {
        return change(CHANGE_CONTACT, "create_party", DepartmentCreatedEvent.class, listener);
    }

    /**
     * Registers a listener for updated departments ({@code Event=change_contact},
     * {@code ChangeType=update_party}); only the changed name or parent is set.
     *
     * @param listener receives each updated department
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code update_party} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public ContactEventRoutes onDepartmentUpdated(Consumer<? super DepartmentUpdatedEvent> listener) {
        return change(CHANGE_CONTACT, "update_party", DepartmentUpdatedEvent.class, listener);
    }

    /**
     * Registers a listener for deleted departments ({@code Event=change_contact},
     * {@code ChangeType=delete_party}).
     *
     * @param listener receives each deleted department's id
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code delete_party} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public ContactEventRoutes onDepartmentDeleted(Consumer<? super DepartmentDeletedEvent> listener) {
        return change(CHANGE_CONTACT, "delete_party", DepartmentDeletedEvent.class, listener);
    }

    /**
     * Registers a listener for tag membership changes ({@code Event=change_contact},
     * {@code ChangeType=update_tag}): members or departments added to or removed from a tag.
     *
     * @param listener receives each tag change
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code update_tag} already has a
     *                           listener; ({@link Reason#INVALID_CONFIGURATION}) when {@code listener} is null
     */
    public ContactEventRoutes onTagUpdated(Consumer<? super TagUpdatedEvent> listener) {
        return change(CHANGE_CONTACT, "update_tag", TagUpdatedEvent.class, listener);
    }

    /**
     * Registers a listener for one kind of customer relationship change ({@code Event=change_external_contact}
     * with the type's {@code ChangeType}, e.g. {@code add_external_contact}).
     *
     * @param type     the change type; not {@link ExternalContactChangeType#UNKNOWN}, which has no
     *                 {@code ChangeType} to route on (use {@link #onAnyExternalContact} for types this SDK
     *                 does not know)
     * @param listener receives each change of that type
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the type already has a listener;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when {@code type} is null or
     *                           {@code UNKNOWN}, or {@code listener} is null
     */
    public ContactEventRoutes onExternalContact(
            ExternalContactChangeType type, Consumer<? super ExternalContactChangeEvent> listener) {
        requireKnown(type, type == ExternalContactChangeType.UNKNOWN, "onAnyExternalContact");
        return change(CHANGE_EXTERNAL_CONTACT, type.wireValue(), ExternalContactChangeEvent.class, listener);
    }

    /**
     * Registers a listener for every customer relationship change ({@code Event=change_external_contact})
     * that has no listener of its own from {@link #onExternalContact}, including change types this SDK does
     * not know yet ({@link ExternalContactChangeEvent#changeType()} is then
     * {@link ExternalContactChangeType#UNKNOWN} and the raw string is in {@link CallbackHeader#changeType()}).
     *
     * @param listener receives each change not taken by a more specific listener
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code change_external_contact}
     *                           already has an event-wide listener; ({@link Reason#INVALID_CONFIGURATION})
     *                           when {@code listener} is null
     */
    public ContactEventRoutes onAnyExternalContact(Consumer<? super ExternalContactChangeEvent> listener) {
        return event(CHANGE_EXTERNAL_CONTACT, ExternalContactChangeEvent.class, listener);
    }

    /**
     * Registers a listener for one kind of customer group change ({@code Event=change_external_chat} with
     * {@code ChangeType} {@code create}, {@code update} or {@code dismiss}).
     *
     * @param type     the change type; not {@link ExternalChatChangeType#UNKNOWN} (use
     *                 {@link #onAnyExternalChat} for types this SDK does not know)
     * @param listener receives each change of that type
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the type already has a listener;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when {@code type} is null or
     *                           {@code UNKNOWN}, or {@code listener} is null
     */
    public ContactEventRoutes onExternalChat(
            ExternalChatChangeType type, Consumer<? super ExternalChatChangeEvent> listener) {
        requireKnown(type, type == ExternalChatChangeType.UNKNOWN, "onAnyExternalChat");
        return change(CHANGE_EXTERNAL_CHAT, type.wireValue(), ExternalChatChangeEvent.class, listener);
    }

    /**
     * Registers a listener for every customer group change ({@code Event=change_external_chat}) that has no
     * listener of its own from {@link #onExternalChat}, including change types this SDK does not know yet
     * ({@link ExternalChatChangeType#UNKNOWN}, raw string in {@link CallbackHeader#changeType()}).
     *
     * @param listener receives each change not taken by a more specific listener
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code change_external_chat} already
     *                           has an event-wide listener; ({@link Reason#INVALID_CONFIGURATION}) when
     *                           {@code listener} is null
     */
    public ContactEventRoutes onAnyExternalChat(Consumer<? super ExternalChatChangeEvent> listener) {
        return event(CHANGE_EXTERNAL_CHAT, ExternalChatChangeEvent.class, listener);
    }

    /**
     * Registers a listener for one kind of corp customer tag change ({@code Event=change_external_tag} with
     * {@code ChangeType} {@code create}, {@code update}, {@code delete} or {@code shuffle}).
     *
     * @param type     the change type; not {@link ExternalTagChangeType#UNKNOWN} (use
     *                 {@link #onAnyExternalTag} for types this SDK does not know)
     * @param listener receives each change of that type
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when the type already has a listener;
     *                           ({@link Reason#INVALID_CONFIGURATION}) when {@code type} is null or
     *                           {@code UNKNOWN}, or {@code listener} is null
     */
    public ContactEventRoutes onExternalTag(
            ExternalTagChangeType type, Consumer<? super ExternalTagChangeEvent> listener) {
        requireKnown(type, type == ExternalTagChangeType.UNKNOWN, "onAnyExternalTag");
        return change(CHANGE_EXTERNAL_TAG, type.wireValue(), ExternalTagChangeEvent.class, listener);
    }

    /**
     * Registers a listener for every corp customer tag change ({@code Event=change_external_tag}) that has
     * no listener of its own from {@link #onExternalTag}, including change types this SDK does not know yet
     * ({@link ExternalTagChangeType#UNKNOWN}, raw string in {@link CallbackHeader#changeType()}).
     *
     * @param listener receives each change not taken by a more specific listener
     * @return this object
     * @throws CallbackException ({@link Reason#DUPLICATE_ROUTE}) when {@code change_external_tag} already
     *                           has an event-wide listener; ({@link Reason#INVALID_CONFIGURATION}) when
     *                           {@code listener} is null
     */
    public ContactEventRoutes onAnyExternalTag(Consumer<? super ExternalTagChangeEvent> listener) {
        return event(CHANGE_EXTERNAL_TAG, ExternalTagChangeEvent.class, listener);
    }

    /**
     * Returns the core builder these routes are registered on, to add other routes (messages, other
     * events, the fallback).
     *
     * @return the wrapped builder
     */
    public CallbackRouter.Builder router() {
        return router;
    }

    /**
     * Builds the router with every route registered so far, these and any others on the wrapped builder.
     *
     * @return an immutable router
     */
    public CallbackRouter build() {
        return router.build();
    }

    private <T extends CallbackPayload> ContactEventRoutes change(
            String event, String changeType, Class<T> type, Consumer<? super T> listener) {
        router.onChange(event, changeType, adapt(type, listener, "Event " + event + " ChangeType " + changeType));
        return this;
    }

    private <T extends CallbackPayload> ContactEventRoutes event(
            String event, Class<T> type, Consumer<? super T> listener) {
        router.onEvent(event, adapt(type, listener, "Event " + event));
        return this;
    }

    private static <T extends CallbackPayload> CallbackListener adapt(
            Class<T> type, Consumer<? super T> listener, String description) {
        if (listener == null) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION, "listener for " + description + " is missing");
        }
        return CallbackListener.typed(type, payload -> {
            listener.accept(payload);
            return null;
        });
    }

    private static void requireKnown(Enum<?> type, boolean unknown, String alternative) {
        if (type == null) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION, "change type is missing");
        }
        if (unknown) {
            throw new CallbackException(
                    Reason.INVALID_CONFIGURATION,
                    "UNKNOWN has no ChangeType to route on; use " + alternative + " for unknown change types");
        }
    }
}
