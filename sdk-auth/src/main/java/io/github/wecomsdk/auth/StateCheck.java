package io.github.wecomsdk.auth;

/** The outcome of {@link OAuthStates#check(String, String)}. */
public enum StateCheck {

    /** Issued by these states for this session, not expired, and not used before; now used up. */
    VALID,
    /** Missing, or not shaped like a state these states issue. */
    MALFORMED,
    /** Its signature does not match: made up, altered, or issued for another session or key. */
    FORGED,
    /** Genuine, but older than the states' time to live. */
    EXPIRED,
    /**
     * Genuine and in time, but not outstanding: used before (a replayed redirect), pushed out by newer
     * states when more than the limit were outstanding, or issued by another instance.
     */
    REPLAYED;

    /**
     * Whether the state passed.
     *
     * @return {@code true} only for {@link #VALID}
     */
    public boolean isValid() {
        return this == VALID;
    }
}
