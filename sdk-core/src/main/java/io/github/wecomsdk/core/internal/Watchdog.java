package io.github.wecomsdk.core.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;

/**
 * Cancels a call that is still opening when its deadline passes; used for downloads, whose body the
 * caller reads after the call returns and so cannot be bounded by OkHttp's call timeout.
 */
public final class Watchdog {

    private static final ScheduledThreadPoolExecutor TIMER = newTimer();

    private Watchdog() {}

    private static ScheduledThreadPoolExecutor newTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "wecom-sdk-deadline");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * Arms a guard that cancels {@code call} after {@code nanos}.
     *
     * @param call  the call
     * @param nanos how long it may take to open
     * @return the guard; disarm it once the call is open
     */
    public static Guard arm(Call call, long nanos) {
        Guard guard = new Guard();
        guard.task = TIMER.schedule(
                () -> {
                    if (guard.state.compareAndSet(Guard.ARMED, Guard.FIRED)) {
                        call.cancel();
                    }
                },
                nanos,
                TimeUnit.NANOSECONDS);
        return guard;
    }

    /** One armed deadline. */
    public static final class Guard {
        private static final int ARMED = 0;
        private static final int FIRED = 1;
        private static final int DISARMED = 2;

        private final AtomicInteger state = new AtomicInteger(ARMED);
        private volatile ScheduledFuture<?> task;

        private Guard() {}

        /**
         * Stops the guard.
         *
         * @return {@code true} if it had not fired; {@code false} if the call was cancelled
         */
        public boolean disarm() {
            boolean stopped = state.compareAndSet(ARMED, DISARMED);
            ScheduledFuture<?> scheduled = task;
            if (stopped && scheduled != null) {
                scheduled.cancel(false);
            }
            return stopped || state.get() == DISARMED;
        }
    }
}
