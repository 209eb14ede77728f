package io.github.wecomsdk.redis;

import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

class ApiConventionTest {

    @Test
    void publicApiFollowsTheConvention() {
        ApiConventions.assertFollowed(WeComRedis.class);
    }
}
