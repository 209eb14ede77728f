package io.github.wecomsdk.contacts.events;

import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Test helpers: the decrypted event fixtures, shared with sdk-core (its test-jar's {@code fixtures/callback}),
 * and a recorder of listener calls.
 */
final class EventFixtures {

    private EventFixtures() {
    }

    static String read(String name) {
        try (InputStream in = EventFixtures.class.getResourceAsStream("/fixtures/callback/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CallbackMessage message(String name) {
        return CallbackMessage.parse(read(name));
    }

    /** Records which listener was called with what, in order. */
    static final class Recorder {

        record Call(String listener, Object received) {
        }

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
}
