package io.github.wecomsdk.testkit;

import java.util.List;

/**
 * What happened when {@link FakeCallbacks} delivered one callback the way WeCom does.
 *
 * @param delivered whether an attempt was answered 200 within the timeout (WeCom then stops)
 * @param status    the HTTP status of the last answered attempt, 0 if none was answered in time
 * @param reply     the passive reply, decrypted when it came encrypted ({@code <xml>...</xml>}); the raw
 *                  body when it was not an encrypted envelope (such as {@code success}); empty if none
 * @param attempts  how many times the same payload was sent, the first included (at most 4: WeCom's
 *                  first attempt and 3 retries); 0 when the URL check before the first delivery failed
 * @param outcomes  per attempt: the HTTP status, or {@code "timeout"} or {@code "error: ..."}
 * @param message   the plaintext XML that was delivered
 */
public record CallbackDelivery(
        boolean delivered, int status, String reply, int attempts, List<String> outcomes, String message) {

    /** Copies the outcome list. */
    public CallbackDelivery {
        outcomes = List.copyOf(outcomes);
    }
}
