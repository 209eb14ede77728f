package io.github.wecomsdk.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WeCom userids are case-insensitive: an audience holds each member once. */
class AudienceTest {

    @Test
    void dropsUseridsThatDifferOnlyInCaseKeepingTheFirstSpelling() {
        Audience audience = Audience.users("ZhangSan", "lisi", "zhangsan", "LISI", "wangwu");
        assertEquals(List.of("ZhangSan", "lisi", "wangwu"), audience.users());
    }

    @Test
    void dropsCaseVariantsAddedLater() {
        Audience audience = Audience.users("ZhangSan").andUsers("ZHANGSAN", "zhangsan ", "Li");
        assertEquals(List.of("ZhangSan", "Li"), audience.users());
        assertEquals(1, Audience.users(List.of("a", "A")).callsNeeded());
    }
}
