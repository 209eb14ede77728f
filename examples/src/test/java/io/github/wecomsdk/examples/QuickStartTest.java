package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    private static String runWith(Map<String, String> env) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run(env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheWholeTourAgainstTheFakeWithoutCredentials() {
        String output = runWith(Map.of());

        assertTrue(output.contains("using the embedded FakeWeCom at http://127.0.0.1:"), output);
        assertTrue(output.contains("1. Created department 2"), output);
        assertTrue(output.matches("(?s).*2\\. Created user quickstart-\\w+ in department 2.*"), output);
        assertTrue(output.contains("3. Read back department: id=2 name=\"SDK Quick Start "), output);
        assertTrue(
                output.matches("(?s).*Read back user: userid=quickstart-\\w+ name=\"Quick Start\""
                        + " departments=\\[2] status=4 \\(invited, not yet activated\\).*"),
                output);
        assertTrue(output.matches("(?s).*4\\. Sent a text message to quickstart-\\w+: msgid=\\S+\\R.*"), output);
        assertTrue(
                output.matches("(?s).*FakeWeCom recorded it for \\[quickstart-\\w+]: \"Hello from wecom-sdk!\".*"),
                output);
        assertTrue(output.contains("5. Cleaned up"), output);
        assertTrue(output.endsWith("Done." + System.lineSeparator()), output);
    }

    @Test
    void usesTheCredentialsFromTheEnvironmentWhenSet() {
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

            assertTrue(output.contains("Talking to WeCom at " + server.baseUrl()), output);
            assertTrue(output.contains("5. Cleaned up"), output);
            assertEquals(1, server.sentMessages().size());
            assertEquals(
                    "Hello from wecom-sdk!",
                    server.sentMessages().get(0).content().orElseThrow());
            assertEquals(List.of(), server.userIds());
        }
    }

    @Test
    void skipsTheMessageWithoutAnAgentId() {
        try (FakeWeCom server = FakeWeCom.start()) {
            String output = runWith(Map.of(
                    "WECOM_CORP_ID",
                    server.corpId(),
                    "WECOM_SECRET",
                    server.secret(),
                    "WECOM_BASE_URL",
                    server.baseUrl()));

            assertTrue(output.contains("4. Skipped sending a message: set WECOM_AGENT_ID"), output);
            assertTrue(server.sentMessages().isEmpty());
        }
    }

    @Test
    void mainCompletesAgainstTheFakeWhenTheEnvironmentHasNoCredentials() {
        Assumptions.assumeTrue(
                System.getenv("WECOM_CORP_ID") == null || System.getenv("WECOM_SECRET") == null,
                "real credentials are set; this test only runs against the fake");
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Done."), bytes.toString(StandardCharsets.UTF_8));
    }
}
