package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.MockWeCom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

class SecretsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    @Test
    void toStringsNeverShowTheSecretOrToken() {
        Apps apps = Apps.of(wecom.client());
        wecom.enqueueFixture("fixtures/apps/agent-get.json");
        apps.agents().get();

        MockWeCom.assertNoSecret(apps.toString());
        MockWeCom.assertNoSecret(apps.agents().toString());
        MockWeCom.assertNoSecret(apps.menus().toString());
        MockWeCom.assertNoSecret(apps.workbench().toString());
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
            MockWeCom.assertNoSecret(CapturedLogs.text());
        } finally {
            CapturedLogs.setLevel(Level.INFO);
        }
    }

    @Test
    void explainedErrorsNeverShowTheSecretOrToken() {
        Apps apps = Apps.of(wecom.client());
        for (int errcode : new int[] {301002, 60020, 85005}) {
            wecom.enqueueJson("{\"errcode\":" + errcode + ",\"errmsg\":\"refused\"}");
            WeComApiException e =
                    assertThrows(WeComApiException.class, () -> apps.menus().delete());
            MockWeCom.assertNoSecret(e.getMessage());
            MockWeCom.assertNoSecret(String.valueOf(e.getCause()));
        }
    }
}
