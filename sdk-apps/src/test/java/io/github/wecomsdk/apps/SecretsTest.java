package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.MockWeCom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class SecretsTest {

    private final MockWeCom wecom = new MockWeCom();

    @AfterEach
    void close() {
        wecom.close();
    }

    private static void assertClean(String text) {
        assertFalse(text.contains(MockWeCom.SECRET), text);
        assertFalse(text.contains(MockWeCom.TOKEN_PREFIX), text);
    }

    @Test
    void toStringsNeverShowTheSecretOrToken() {
        Apps apps = Apps.of(wecom.client());
        wecom.enqueueFixture("fixtures/apps/agent-get.json");
        apps.agents().get();

        assertClean(apps.toString());
        assertClean(apps.agents().toString());
        assertClean(apps.menus().toString());
        assertClean(apps.workbench().toString());
        assertTrue(apps.toString().startsWith("Apps["), apps.toString());
    }

    @Test
    void traceLogsOfEveryServiceNeverShowTheSecretOrToken() {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        try {
            Apps apps = Apps.of(wecom.client());
            wecom.enqueueFixture("fixtures/apps/agent-get.json");
            wecom.enqueueFixture("fixtures/apps/ok.json");
            wecom.enqueueFixture("fixtures/apps/ok.json");
            wecom.enqueueJson("{\"errcode\":301002,\"errmsg\":\"refused\"}");
            apps.agents().get();
            apps.menus().create(Menu.of(MenuButton.click("a", "a")));
            apps.workbench().setData("u1", ImageData.builder("u").build());
            assertThrows(WeComApiException.class, () -> apps.workbench().getTemplate());

            assertTrue(CapturedLogs.text().contains("/cgi-bin/menu/create"), "the calls were logged");
            assertClean(CapturedLogs.text());
        } finally {
            CapturedLogs.setLevel(Level.INFO);
        }
    }

    @Test
    void explainedErrorsNeverShowTheSecretOrToken() {
        Apps apps = Apps.of(wecom.client());
        for (int errcode : new int[] {301002, 60020, 85005}) {
            wecom.enqueueJson("{\"errcode\":" + errcode + ",\"errmsg\":\"refused\"}");
            WeComApiException e = assertThrows(WeComApiException.class, () -> apps.menus().delete());
            assertClean(e.getMessage());
            assertClean(String.valueOf(e.getCause()));
        }
    }
}
