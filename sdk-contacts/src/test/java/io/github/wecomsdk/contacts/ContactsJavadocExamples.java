package io.github.wecomsdk.contacts;

import io.github.wecomsdk.contacts.events.ContactEventRoutes;
import io.github.wecomsdk.contacts.external.CustomerRelation;
import io.github.wecomsdk.contacts.external.ExternalContacts;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeType;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;

/**
 * The module's Javadoc examples as compiled code: each method holds one snippet verbatim, with the variables
 * the snippet assumes as parameters. {@link JavadocSnippetsTest} fails when a snippet in {@code src/main/java}
 * is found in no compiled file.
 */
final class ContactsJavadocExamples {

    private ContactsJavadocExamples() {}

    /** {@link Contacts}. */
    static void contacts(WeComClient client) {
        Contacts contacts = Contacts.of(client);
        User user = contacts.users().get("zhangsan");
        for (DepartmentUser row : contacts.users().listIds()) {
            System.out.println(row.userId() + " in " + row.departmentId());
        }
        System.out.println(user.name());
    }

    /** {@link Exports}. */
    static void exports(Contacts contacts) {
        String key = Exports.newAesKey();
        String job = contacts.exports().users(key);
        ExportResult result = contacts.exports().get(job); // poll until result.done()
        try (Stream<User> users = contacts.exports().readUsers(result, key)) {
            users.forEach(user -> System.out.println(user.userId()));
        }
    }

    /** {@link ExternalContacts}. */
    static void externalContacts(WeComClient client) {
        ExternalContacts external = ExternalContacts.of(client);
        List<String> members = external.customers().listFollowUsers().toList();
        for (CustomerRelation relation : external.customers().listByUsers(members)) {
            System.out.println(relation.externalContact().name());
        }
    }

    /** {@link ContactEventRoutes}. */
    static CallbackRouter contactEventRoutes(Directory directory, Tags tags, CorpTags corpTags) {
        CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder())
                .onUserCreated(e -> directory.add(e.user().userId(), e.user().departments()))
                .onDepartmentDeleted(e -> directory.dropDepartment(e.id()))
                .onTagUpdated(e -> tags.refresh(e.tagId()))
                .onExternalContact(ExternalContactChangeType.ADD_EXTERNAL_CONTACT, e -> welcome(e.welcomeCode()))
                .onAnyExternalTag(e -> corpTags.reload())
                .build();
        return router;
    }

    /** The {@code io.github.wecomsdk.contacts.events} package: the router and the handler it builds. */
    record EventsExample(CallbackRouter router, CallbackHandler handler) {}

    /** The {@code io.github.wecomsdk.contacts.events} package. */
    static EventsExample eventsPackage(
            Directory directory, Groups groups, Logger log, String token, String aesKey, String corpId) {
        CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder())
                .onUserCreated(e -> directory.add(e.user().userId(), e.user().departments()))
                .onUserDeleted(e -> directory.remove(e.userId()))
                .onExternalContact(ExternalContactChangeType.ADD_EXTERNAL_CONTACT, e -> welcome(e.welcomeCode()))
                .onAnyExternalChat(e -> groups.refresh(e.chatId()))
                .router() // back to the core builder for other routes
                .fallback(m -> {
                    log.info("unhandled {}", m);
                    return null;
                })
                .build();

        CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, aesKey, corpId), router)
                .build();
        return new EventsExample(router, handler);
    }

    private static void welcome(String welcomeCode) {
        System.out.println("welcome " + welcomeCode);
    }

    /** The application's copy of the address book the event examples keep up to date. */
    interface Directory {
        void add(String userId, List<Long> departments);

        void remove(String userId);

        void dropDepartment(long departmentId);
    }

    /** The application's tag cache. */
    interface Tags {
        void refresh(long tagId);
    }

    /** The application's customer-tag cache. */
    interface CorpTags {
        void reload();
    }

    /** The application's customer-group cache. */
    interface Groups {
        void refresh(String chatId);
    }
}
