package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComListener;
import java.time.Duration;
import java.util.List;

/** Hands every event to several listeners in turn; one that throws does not stop the others. */
final class CompositeListener extends WeComListener {

    private final List<WeComListener> listeners;

    private CompositeListener(List<WeComListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    static WeComListener of(List<WeComListener> listeners) {
        if (listeners.isEmpty()) {
            return WeComListener.NONE;
        }
        return listeners.size() == 1 ? listeners.get(0) : new CompositeListener(listeners);
    }

    @Override
    public void callStart(CallInfo call) {
        each(l -> l.callStart(call));
    }

    @Override
    public void callEnd(CallInfo call, int errcode, Duration duration) {
        each(l -> l.callEnd(call, errcode, duration));
    }

    @Override
    public void callFailed(CallInfo call, WeComException failure, Duration duration) {
        each(l -> l.callFailed(call, failure, duration));
    }

    @Override
    public void retryScheduled(CallInfo call, WeComException failure, Duration delay) {
        each(l -> l.retryScheduled(call, failure, delay));
    }

    @Override
    public void credentialRefreshed(String credential, Duration duration) {
        each(l -> l.credentialRefreshed(credential, duration));
    }

    @Override
    public void credentialRejected(String credential, int errcode) {
        each(l -> l.credentialRejected(credential, errcode));
    }

    private void each(java.util.function.Consumer<WeComListener> event) {
        for (WeComListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                // A listener must not break a call; the core logs its own listener failures.
            }
        }
    }
}
