package io.github.wecomsdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void masksSecretMembersAndKeepsTheRest() {
        assertEquals(
                "{\"userid\":\"zhangsan\",\"session_key\":\"***\",\"n\":1,\"note\":\"a \\\"quoted\\\" word\"}",
                Redaction.json("{\"userid\":\"zhangsan\",\"session_key\":\"sk-1\",\"n\":1,"
                        + "\"note\":\"a \\\"quoted\\\" word\"}"));
    }

    @Test
    void masksSecretMembersOfJsonCarriedInsideAJsonString() {
        String nested = "{\"payload\":\"{\\\"user_ticket\\\":\\\"ut-2\\\",\\\"userid\\\":\\\"lisi\\\"}\"}";

        assertEquals(
                "{\"payload\":\"{\\\"user_ticket\\\":\\\"***\\\",\\\"userid\\\":\\\"lisi\\\"}\"}",
                Redaction.json(nested));
    }

    @Test
    void masksAValueEndingInAnEscapedBackslash() {
        assertEquals("{\"code\":\"***\",\"state\":\"s\"}", Redaction.json("{\"code\":\"c\\\\\",\"state\":\"s\"}"));
    }

    @Test
    void masksSecretQueryParametersOnly() {
        assertEquals(
                "https://h/p?js_code=***&grant_type=authorization_code&key=***",
                Redaction.query("https://h/p?js_code=abc&grant_type=authorization_code&key=k1"));
    }
}
