package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

/**
 * Session keys, tickets and state keys never reach a log line (at DEBUG, the SDK's most detailed level
 * short of TRACE body dumps), an exception message or {@code toString()}.
 */
class SecretsTest {

    private static final String SESSION_KEY = "SeSsIoNkEy+never/in/logs==";
    private static final String TICKET = "jsapi-TICKET-never-in-logs";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Auth auth = Auth.of(wecom.client());

    @BeforeEach
    void captureDebug() {
        CapturedLogs.clear();
        CapturedLogs.setLevel(Level.DEBUG);
    }

    @AfterEach
    void close() {
        CapturedLogs.setLevel(Level.INFO);
    }

    @Test
    void sessionKeyTicketsAndTokensStayOutOfLogsMessagesAndToString() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"corpid\":\"ww1\",\"userid\":\"u1\",\"session_key\":\""
                + SESSION_KEY + "\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"" + TICKET + "\",\"expires_in\":7200}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"u1\",\"user_ticket\":\"UT-never-in-logs\"}");

        MiniProgramSession session = auth.miniProgram().codeToSession("JSCODE");
        JsSdkSignature signature = auth.jsSdk().configSignature("https://app.example.com/");
        UserIdentity who = auth.oauth().getUserInfo("CODE");
        WeComApiException error = assertThrows(WeComApiException.class, () -> {
            wecom.enqueueJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
            auth.miniProgram().codeToSession("USED");
        });

        String everything = CapturedLogs.text() + "\n" + session + "\n" + signature + "\n" + who + "\n"
                + error.getMessage() + "\n" + auth + "\n" + auth.jsSdk() + "\n" + auth.oauth();
        for (String secret :
                new String[] {SESSION_KEY, TICKET, "UT-never-in-logs", MockWeCom.SECRET, MockWeCom.TOKEN_PREFIX}) {
            assertFalse(everything.contains(secret), secret + " leaked:\n" + everything);
        }
    }

    @Test
    void stateKeyStaysOutOfEverything() {
        byte[] key = "state-key-never-in-logs-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        OAuthStates states = OAuthStates.builder(key).clock(clock).build();
        String used = states.issue("session-1");
        String expiring = states.issue("session-1");
        states.verify(used, "session-1");
        StringBuilder everything = new StringBuilder().append(states);
        for (Runnable refused : List.<Runnable>of(
                () -> states.verify(used + "x", "session-1"),
                () -> states.verify(expiring, "session-of-the-attacker"),
                () -> states.verify(used, "session-1"),
                () -> {
                    clock.advance(Duration.ofHours(1));
                    states.verify(expiring, "session-1");
                })) {
            everything
                    .append('\n')
                    .append(assertThrows(WeComValidationException.class, refused::run)
                            .getMessage());
        }
        everything.append('\n').append(CapturedLogs.text());
        for (String kind : List.of("MALFORMED", "FORGED", "REPLAYED", "EXPIRED")) {
            assertTrue(everything.toString().contains(kind), kind + " was exercised:\n" + everything);
        }
        assertFalse(everything.toString().contains("state-key-never-in-logs"), everything.toString());
        assertFalse(everything.toString().contains("session-1"), everything.toString());
        assertFalse(everything.toString().contains(used), everything.toString());
    }
}
