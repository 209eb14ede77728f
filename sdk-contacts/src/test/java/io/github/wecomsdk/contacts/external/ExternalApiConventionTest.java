package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

class ExternalApiConventionTest {

    @Test
    void externalContactsApiFollowsTheConvention() {
        ApiConventions.assertFollowed(ExternalContacts.class);
    }
}
