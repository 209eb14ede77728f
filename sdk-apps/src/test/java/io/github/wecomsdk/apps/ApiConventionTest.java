package io.github.wecomsdk.apps;

import io.github.wecomsdk.apps.events.AppEventRoutes;
import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

class ApiConventionTest {

    @Test
    void publicApiFollowsTheConvention() {
        ApiConventions.assertFollowed(Apps.class);
    }

    @Test
    void eventRoutesFollowTheConvention() {
        ApiConventions.assertFollowed(AppEventRoutes.class);
    }
}
