package io.github.wecomsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.fixture.bad.BadModule;
import io.github.wecomsdk.core.testing.fixture.good.GoodModule;
import org.junit.jupiter.api.Test;

class ApiConventionsTest {

    @Test
    void passesAModuleThatFollowsTheConvention() {
        assertDoesNotThrow(() -> ApiConventions.assertFollowed(GoodModule.class));
    }

    @Test
    void reportsEveryRuleAModuleBreaks() {
        AssertionError error = assertThrows(AssertionError.class, () -> ApiConventions.assertFollowed(BadModule.class));
        String message = error.getMessage();
        assertTrue(message.contains("BadModule.listIds: a list call must return PagedIterable"), message);
        assertTrue(message.contains("BadModule.listIds: takes a boxed Boolean"), message);
        assertTrue(message.contains("Gadget: a response record must implement OtherFields"), message);
        assertTrue(message.contains("Gadget.userid: ids are spelled"), message);
        assertTrue(message.contains("Kind: an enum read from WeCom must implement WireEnum"), message);
        assertTrue(message.contains("Level: a WireEnum needs an UNKNOWN constant"), message);
        assertTrue(message.contains("Level: a WireEnum needs a public static fromWire"), message);
    }

    @Test
    void exemptionsNeedAReason() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ApiConventions.forModule(BadModule.class).exempt(BadModule.Gadget.class, " "));
    }
}
