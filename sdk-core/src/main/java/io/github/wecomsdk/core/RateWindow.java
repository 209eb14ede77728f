package io.github.wecomsdk.core;

import java.time.Duration;

/**
 * A sliding window of sends that several processes can share, for pacing a limit WeCom counts across
 * all of them (a group robot takes 20 messages a minute, whichever instance sends them). The default
 * lives in one process; {@code sdk-redis} provides one on Redis.
 *
 * <p>Implementations are thread-safe and atomic: of any number of concurrent reservations under one
 * key, at most {@code limit} fall in any {@code window}.
 */
public interface RateWindow {

    /**
     * Reserves one send under {@code key}: at {@code now} if the window has room, otherwise at the
     * earliest instant that keeps {@code limit} sends per {@code window}. The reservation counts from
     * then on whether or not the caller waits, so a caller must wait the returned time before sending.
     *
     * @param key    what is being paced, free of secrets (hash a webhook key before using it here)
     * @param limit  sends allowed per window, positive
     * @param window the window's length, positive
     * @return how long to wait before sending; {@link Duration#ZERO} to send now
     */
    Duration reserve(String key, int limit, Duration window);
}
