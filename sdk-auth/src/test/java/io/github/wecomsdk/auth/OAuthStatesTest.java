package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OAuthStatesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef-state-key".getBytes(StandardCharsets.UTF_8);
    private static final String SESSION = "session-A";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final OAuthStates states =
            OAuthStates.builder(KEY).clock(clock).ttl(Duration.ofMinutes(10)).build();

    @Test
    void aGoodStatePassesOnceThenIsAReplay() {
        String state = states.issue(SESSION);

        assertEquals(StateCheck.VALID, states.check(state, SESSION));
        assertEquals(StateCheck.REPLAYED, states.check(state, SESSION));
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> states.verify(state, SESSION));
        assertTrue(e.getMessage().contains("REPLAYED"), e.getMessage());
    }

    @Test
    void aStateFitsWeComsRuleAndIsUnguessable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String state = states.issue(SESSION);
            assertTrue(Urls.STATE.matcher(state).matches(), state);
            assertTrue(seen.add(state.substring(0, 32)), "nonces never repeat");
        }
    }

    @Test
    void aForgedStateIsRefused() {
        String state = states.issue(SESSION);
        String alteredMac = state.substring(0, state.length() - 1) + (state.endsWith("0") ? "1" : "0");
        String alteredNonce = (state.startsWith("0") ? "1" : "0") + state.substring(1);
        String madeUp = "a".repeat(state.length());
        OAuthStates otherKey = OAuthStates.builder(
                        "another-key-another-key-another-key!".getBytes(StandardCharsets.UTF_8))
                .clock(clock)
                .build();

        assertEquals(StateCheck.FORGED, states.check(alteredMac, SESSION));
        assertEquals(StateCheck.FORGED, states.check(alteredNonce, SESSION));
        assertEquals(StateCheck.FORGED, states.check(madeUp, SESSION));
        assertEquals(StateCheck.FORGED, states.check(otherKey.issue(SESSION), SESSION));
        assertEquals(StateCheck.VALID, states.check(state, SESSION), "the genuine one still passes");
    }

    @Test
    void anExtendedExpiryIsAForgery() {
        String state = states.issue(SESSION);
        String later = state.substring(0, 32)
                + String.format("%012x", Long.parseLong(state.substring(32, 44), 16) + 3600)
                + state.substring(44);
        assertEquals(StateCheck.FORGED, states.check(later, SESSION));
    }

    @Test
    void aStateFromAnotherSessionIsRefused() {
        String attackers = states.issue("session-of-the-attacker");
        assertEquals(StateCheck.FORGED, states.check(attackers, SESSION));
    }

    @Test
    void anotherSessionsAttemptDoesNotUseTheStateUp() {
        String victims = states.issue(SESSION);

        assertEquals(StateCheck.FORGED, states.check(victims, "session-of-the-attacker"));
        assertEquals(StateCheck.VALID, states.check(victims, SESSION));
    }

    @Test
    void splicingTwoGenuineStatesIsAForgery() {
        // An attacker holds genuine states of their own session and tries to move one's signature onto
        // another's nonce, or to carry a victim's nonce with their own signature.
        String first = states.issue("session-of-the-attacker");
        String second = states.issue("session-of-the-attacker");
        String spliced = second.substring(0, 32) + first.substring(32);
        String victims = states.issue(SESSION);
        String carried = victims.substring(0, 44) + first.substring(44);

        assertEquals(StateCheck.FORGED, states.check(spliced, "session-of-the-attacker"));
        assertEquals(StateCheck.FORGED, states.check(carried, SESSION));
        assertEquals(StateCheck.FORGED, states.check(carried, "session-of-the-attacker"));
        assertEquals(StateCheck.VALID, states.check(victims, SESSION));
    }

    @Test
    void aStateIsRefusedFromTheExactSecondItsTimeToLiveEnds() {
        MutableClock midSecond = new MutableClock(Instant.parse("2026-01-01T00:00:00.999Z"));
        OAuthStates oneMinute = OAuthStates.builder(KEY)
                .clock(midSecond)
                .ttl(Duration.ofMinutes(1))
                .build();
        String state = oneMinute.issue(SESSION);
        String other = oneMinute.issue(SESSION);

        midSecond.advance(Duration.ofMillis(59_000));
        assertEquals(StateCheck.VALID, oneMinute.check(state, SESSION), "at 00:00:59.999");
        midSecond.advance(Duration.ofMillis(1));
        assertEquals(StateCheck.EXPIRED, oneMinute.check(other, SESSION), "at 00:01:00.000");
        assertEquals(0, oneMinute.outstanding(), "an expired state leaves the store when checked");
    }

    @Test
    void anExpiredStateIsRefused() {
        String state = states.issue(SESSION);
        clock.advance(Duration.ofMinutes(10));
        assertEquals(StateCheck.EXPIRED, states.check(state, SESSION));

        String fresh = states.issue(SESSION);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertEquals(StateCheck.VALID, states.check(fresh, SESSION));
    }

    @Test
    void malformedStatesAreRefused() {
        String state = states.issue(SESSION);
        for (String bad : new String[] {null, "", "abc", state + "0", state.toUpperCase(), state.replace('a', 'g')}) {
            if (bad != null && bad.equals(state)) {
                continue;
            }
            assertEquals(StateCheck.MALFORMED, states.check(bad, SESSION), String.valueOf(bad));
        }
        assertEquals(StateCheck.MALFORMED, states.check(state, null));
        assertEquals(StateCheck.MALFORMED, states.check(state, " "));
    }

    @Test
    void concurrentReplaysPassOnlyOnce() throws Exception {
        String state = states.issue(SESSION);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<StateCheck>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return states.check(state, SESSION);
                }));
            }
            go.countDown();
            int valid = 0;
            for (Future<StateCheck> result : results) {
                valid += result.get().isValid() ? 1 : 0;
            }
            assertEquals(1, valid);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void outstandingStatesAreBoundedOldestFirst() {
        OAuthStates small =
                OAuthStates.builder(KEY).clock(clock).maxOutstanding(3).build();
        String oldest = small.issue(SESSION);
        List<String> newer = List.of(small.issue(SESSION), small.issue(SESSION), small.issue(SESSION));

        assertEquals(3, small.outstanding());
        assertEquals(StateCheck.REPLAYED, small.check(oldest, SESSION));
        for (String state : newer) {
            assertEquals(StateCheck.VALID, small.check(state, SESSION));
        }
        assertEquals(0, small.outstanding());
    }

    @Test
    void expiredStatesLeaveTheStore() {
        states.issue(SESSION);
        states.issue(SESSION);
        clock.advance(Duration.ofMinutes(11));
        states.issue(SESSION);
        assertEquals(1, states.outstanding());
    }

    @Test
    void theKeyNeverShowsAndShortKeysAreRefused() {
        String text = states.toString();
        assertFalse(text.contains(new String(KEY, StandardCharsets.UTF_8)), text);
        assertFalse(text.contains(HexFormat.of().formatHex(KEY)), text);
        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> OAuthStates.builder(new byte[16]));
        assertFalse(e.getMessage().contains("0000"), e.getMessage());
        assertNotEquals(
                OAuthStates.withRandomKey().issue(SESSION),
                OAuthStates.withRandomKey().issue(SESSION));
        assertThrows(WeComValidationException.class, () -> states.issue(" "));
    }

    @Test
    void aKeyThatWasNeverFilledIsRefused() {
        for (byte[] key : new byte[][] {new byte[32], "a".repeat(64).getBytes(StandardCharsets.UTF_8)}) {
            WeComValidationException e = assertThrows(WeComValidationException.class, () -> OAuthStates.builder(key));
            assertTrue(e.getMessage().contains("one byte repeated"), e.getMessage());
        }
        byte[] almost = new byte[32];
        almost[31] = 1;
        OAuthStates varied = OAuthStates.builder(almost).clock(clock).build();
        assertEquals(StateCheck.VALID, varied.check(varied.issue(SESSION), SESSION), "a key that varies is accepted");
    }

    @Test
    void theKeyIsCopied() {
        byte[] key = KEY.clone();
        OAuthStates copied = OAuthStates.builder(key).clock(clock).build();
        String state = copied.issue(SESSION);
        key[0] ^= 1;
        assertEquals(StateCheck.VALID, copied.check(state, SESSION));
    }
}
