package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

/** The messaging API follows docs/api-conventions.md. */
class ApiConventionTest {

    @Test
    void publicApiFollowsTheConvention() {
        ApiConventions.assertFollowed(Messaging.class);
    }
}
