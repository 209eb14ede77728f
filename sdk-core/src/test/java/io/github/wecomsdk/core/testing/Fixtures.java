package io.github.wecomsdk.core.testing;

import io.github.wecomsdk.core.callback.CallbackMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads test fixtures from the test class path, the one loader every module's tests use.
 *
 * <p>JSON answers live in each module's {@code src/test/resources/fixtures/<area>/}; the decrypted
 * callback XML lives once, in sdk-core's {@code fixtures/callback/}, and reaches other modules through
 * the core test-jar.
 *
 * <pre>{@code
 * String agent = Fixtures.text("fixtures/apps/agent-get.json");
 * CallbackMessage created = Fixtures.callbackMessage("change_contact_create_user.xml");
 * }</pre>
 */
public final class Fixtures {

    private static final String CALLBACK_DIR = "fixtures/callback/";

    private Fixtures() {}

    /**
     * Reads a test resource as UTF-8 text.
     *
     * @param resource the path on the test class path, such as {@code fixtures/apps/menu-get.json}
     *                 (a leading {@code /} is allowed)
     * @return its text
     * @throws IllegalArgumentException naming the resource if it is not on the class path
     */
    public static String text(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Fixtures.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource '" + path + "' on the class path; fixtures "
                        + "live under src/test/resources/, callback XML under sdk-core's " + CALLBACK_DIR);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read test resource '" + path + "'", e);
        }
    }

    /**
     * Reads a decrypted callback from sdk-core's {@code fixtures/callback/}.
     *
     * @param name the file name, such as {@code text.xml}
     * @return the plaintext XML
     * @throws IllegalArgumentException naming the resource if there is no such fixture
     */
    public static String callback(String name) {
        return text(CALLBACK_DIR + name);
    }

    /**
     * Reads and parses a decrypted callback from sdk-core's {@code fixtures/callback/}.
     *
     * @param name the file name, such as {@code change_contact_create_user.xml}
     * @return the parsed message
     * @throws IllegalArgumentException naming the resource if there is no such fixture
     */
    public static CallbackMessage callbackMessage(String name) {
        return CallbackMessage.parse(callback(name));
    }
}
