package io.github.wecomsdk.contacts;

import io.github.wecomsdk.contacts.external.CustomerRelation;
import io.github.wecomsdk.contacts.external.ExternalContacts;
import io.github.wecomsdk.core.WeComClient;
import java.util.List;
import java.util.stream.Stream;

/**
 * The module's Javadoc code snippets, verbatim, so the compiler checks them; {@link JavadocSnippetsTest}
 * fails when a snippet in {@code src/main/java} is not found here.
 */
final class JavadocSnippets {

    private JavadocSnippets() {}

    static void contacts(WeComClient client) {
        Contacts contacts = Contacts.of(client);
        User user = contacts.users().get("zhangsan");
        for (DepartmentUser row : contacts.users().listIds()) {
            System.out.println(row.userId() + " in " + row.departmentId());
        }
        System.out.println(user);
    }

    static void exports(Contacts contacts) {
        String key = Exports.newAesKey();
        String job = contacts.exports().users(key);
        ExportResult result = contacts.exports().get(job); // poll until result.done()
        try (Stream<User> users = contacts.exports().readUsers(result, key)) {
            users.forEach(user -> System.out.println(user.userId()));
        }
    }

    static void externalContacts(WeComClient client) {
        ExternalContacts external = ExternalContacts.of(client);
        List<String> members = external.customers().listFollowUsers().toList();
        for (CustomerRelation relation : external.customers().listByUsers(members)) {
            System.out.println(relation.externalContact().name());
        }
    }
}
