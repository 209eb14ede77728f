package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

class ApiConventionTest {

    @Test
    void addressBookApiFollowsTheConvention() {
        ApiConventions.assertFollowed(Contacts.class);
    }
}
