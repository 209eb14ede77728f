package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppSetupTest {

    private static String runWith(Map<String, String> env) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AppSetup.run(env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void setsTheMenuAndTheWorkbenchAgainstTheFakeWithoutCredentials() {
        String output = runWith(Map.of());

        assertTrue(output.contains("using the embedded FakeWeCom at http://127.0.0.1:"), output);
        assertTrue(output.contains("1. App 1000002 \"App 1000002\" is visible to users [], departments [1]"), output);
        assertTrue(output.contains("2. Set a menu of 2 buttons; read back the same menu"), output);
        assertTrue(output.contains("3. Set the workbench template: keydata"), output);
        assertTrue(
                output.contains("4. Set key figures for 2 members in 1 request(s); zhangsan sees [待审批=2, 本周会议=5]"),
                output);
        assertTrue(output.endsWith("Done." + System.lineSeparator()), output);
    }

    @Test
    void usesTheCredentialsFromTheEnvironmentWhenSet() {
        try (FakeWeCom server = FakeWeCom.start()) {
            server.addUser("wangwu", "王五");
            String output = runWith(Map.of(
                    "WECOM_CORP_ID",
                    server.corpId(),
                    "WECOM_SECRET",
                    server.secret(),
                    "WECOM_AGENT_ID",
                    Long.toString(server.agentId()),
                    "WECOM_BASE_URL",
                    server.baseUrl(),
                    "WECOM_USER_IDS",
                    "wangwu"));

            assertTrue(output.contains("Talking to WeCom at " + server.baseUrl()), output);
            assertTrue(server.menu(server.agentId()).isPresent());
            assertEquals(
                    "keydata",
                    server.workbenchData(server.agentId(), "wangwu")
                            .orElseThrow()
                            .path("type")
                            .asText());
            assertTrue(output.contains("Done."), output);
        }
    }

    @Test
    void skipsTheWorkbenchWithoutMembers() {
        try (FakeWeCom server = FakeWeCom.start()) {
            String output = runWith(Map.of(
                    "WECOM_CORP_ID",
                    server.corpId(),
                    "WECOM_SECRET",
                    server.secret(),
                    "WECOM_AGENT_ID",
                    Long.toString(server.agentId()),
                    "WECOM_BASE_URL",
                    server.baseUrl()));

            assertTrue(output.contains("3. Skipped the workbench: set WECOM_USER_IDS"), output);
            assertTrue(server.workbenchTemplate(server.agentId()).isEmpty());
        }
    }
}
