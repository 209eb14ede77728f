package io.github.wecomsdk.contacts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.wecomsdk.core.callback.CallbackListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Records which listener was called with what, in order. */
final class Recorder {

    record Call(String listener, Object received) {}

    final List<Call> calls = new ArrayList<>();

    <T> Consumer<T> listener(String name) {
        return event -> calls.add(new Call(name, event));
    }

    CallbackListener fallback() {
        return message -> {
            calls.add(new Call("fallback", message));
            return null;
        };
    }

    /** Asserts that exactly one listener ran, the named one, and returns what it received. */
    <T> T only(String name, Class<T> type) {
        assertEquals(List.of(name), calls.stream().map(Call::listener).toList());
        return assertInstanceOf(type, calls.get(0).received());
    }
}
