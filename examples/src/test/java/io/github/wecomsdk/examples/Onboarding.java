package io.github.wecomsdk.examples;

import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.contacts.UserRequest;

/** The application code that {@code FakeWeComExtension}'s Javadoc example tests: it adds new members. */
final class Onboarding {

    private final Contacts contacts;

    Onboarding(Contacts contacts) {
        this.contacts = contacts;
    }

    /** Adds a member to the root department, without WeCom's invitation. */
    void hire(String userId, String name) {
        contacts.users()
                .create(UserRequest.builder(userId)
                        .name(name)
                        .email(userId + "@example.com")
                        .department(1)
                        .toInvite(false)
                        .build());
    }
}
