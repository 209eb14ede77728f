package io.github.wecomsdk.core.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls listener hooks without letting a failing listener break a call. */
public final class Listeners {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.wecomsdk.core.WeComClient");

    private Listeners() {}

    /**
     * Runs a notification; a {@link RuntimeException} from it is logged at WARN (its type only) and
     * ignored.
     *
     * @param notification the notification
     */
    public static void safely(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            LOG.warn("A WeComListener threw {}; ignored", e.getClass().getName());
        }
    }
}
