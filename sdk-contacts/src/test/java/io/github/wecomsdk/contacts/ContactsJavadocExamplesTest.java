package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The event-route examples of the module's Javadoc, run with WeCom's documented sample callbacks. */
class ContactsJavadocExamplesTest {

    private final List<String> calls = new ArrayList<>();

    private final ContactsJavadocExamples.Directory directory = new ContactsJavadocExamples.Directory() {
        @Override
        public void add(String userId, List<Long> departments) {
            calls.add("add " + userId + " " + departments);
        }

        @Override
        public void remove(String userId) {
            calls.add("remove " + userId);
        }

        @Override
        public void dropDepartment(long departmentId) {
            calls.add("drop department " + departmentId);
        }
    };

    @Test
    void contactEventRoutesExampleKeepsTheDirectoryAndTagsUpToDate() {
        CallbackRouter router = ContactsJavadocExamples.contactEventRoutes(
                directory, tagId -> calls.add("refresh tag " + tagId), () -> calls.add("reload corp tags"));

        router.route(Fixtures.callbackMessage("change_contact_create_user.xml"));
        router.route(Fixtures.callbackMessage("change_contact_delete_party.xml"));
        router.route(Fixtures.callbackMessage("change_external_tag_create.xml"));

        assertEquals(List.of("add zhangsan [1, 2, 3]", "drop department 2", "reload corp tags"), calls);
    }

    @Test
    void eventsPackageExampleBuildsAHandlerWhoseRouterRemovesDeletedMembers() {
        ContactsJavadocExamples.EventsExample example = ContactsJavadocExamples.eventsPackage(
                directory,
                chatId -> calls.add("group " + chatId),
                LoggerFactory.getLogger(ContactsJavadocExamplesTest.class),
                "exampleToken",
                "ExampleEncodingAesKey0123456789abcdefghijkl",
                "ww6b1c5d9e2f8a7c3d");
        CallbackRouter router = example.router();

        router.route(Fixtures.callbackMessage("change_contact_delete_user.xml"));
        router.route(Fixtures.callbackMessage("change_external_chat_create.xml"));

        assertEquals(List.of("remove zhangsan", "group wrOgQhDgAAMYQiS5ol9G7gK9JVCREATE"), calls);
    }
}
