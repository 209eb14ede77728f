package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.PartialFailureException;
import io.github.wecomsdk.core.WeComException;
import java.util.List;

/**
 * {@code batch_set_workbench_data} failed after earlier requests succeeded: the members in
 * {@link #doneUserIds()} have the new data, those in {@link #remainingUserIds()} (the failed request's
 * and every later one's) do not. Retry with exactly the remaining ones; no chunk that succeeded was sent again.
 * WeCom's answers to the requests that succeeded carry nothing but {@code errcode} 0, so {@link #succeeded()}
 * holds the same userids as {@link #doneUserIds()}, and {@link #remaining()} those of
 * {@link #remainingUserIds()}.
 */
public final class WorkbenchBatchException extends PartialFailureException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient List<String> done;
    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient List<String> remaining;

    WorkbenchBatchException(List<String> done, List<String> remaining, WeComException cause) {
        super(
                "agent/batch_set_workbench_data for " + (done.size() + remaining.size()) + " members",
                done,
                remaining,
                cause);
        this.done = List.copyOf(done);
        this.remaining = List.copyOf(remaining);
    }

    /**
     * The members whose data was set.
     *
     * @return the userids, in order; empty after deserialisation
     */
    public List<String> doneUserIds() {
        return done == null ? List.of() : done;
    }

    /**
     * The members whose data was not set: the failed request's and every later one's.
     *
     * @return the userids, in order; empty after deserialisation
     */
    public List<String> remainingUserIds() {
        return remaining == null ? List.of() : remaining;
    }
}
