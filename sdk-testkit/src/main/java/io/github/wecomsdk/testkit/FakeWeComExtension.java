package io.github.wecomsdk.testkit;

import io.github.wecomsdk.core.InMemoryTokenStore;
import io.github.wecomsdk.core.WeComClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link FakeWeCom} per test class, {@linkplain FakeWeCom#reset()
 * resets} it before each test and injects it, and a ready {@link WeComClient} of its default app, into
 * test methods, constructors and lifecycle methods:
 *
 * <pre>{@code
 * @ExtendWith(FakeWeComExtension.class)
 * class OnboardingTest {
 *     @Test
 *     void createsTheMember(FakeWeCom wecom, WeComClient client) {
 *         new Onboarding(Contacts.of(client)).hire("zhangsan", "张三");
 *         assertTrue(wecom.user("zhangsan").isPresent());
 *     }
 * }
 * }</pre>
 *
 * <p>Each test gets a new client with its own token cache, made after the reset (which forgets tokens
 * and the {@link FakeWeCom#gettokenCalls() gettoken count}), so no test sees another's tokens, faults
 * or counts: its first call fetches one token. The fake is closed after the last test of the class. Each class has its own fake on its own
 * port, so test classes may run in parallel; the tests of one class share it and must not run
 * concurrently with each other. Nested classes share their enclosing class's fake. JUnit Jupiter is an
 * optional dependency of the testkit: your tests bring it.
 */
public final class FakeWeComExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeWeComExtension.class);
    private static final String TEST_CLIENT = "client of the test";

    /** Creates the extension; JUnit does this for {@code @ExtendWith(FakeWeComExtension.class)}. */
    public FakeWeComExtension() {}

    private record Running(FakeWeCom fake, WeComClient client) {}

    /**
     * Starts the class's fake unless an enclosing class started one.
     *
     * @param context the class's context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (find(context) == null) {
            FakeWeCom fake = FakeWeCom.start();
            context.getStore(NAMESPACE).put(key(context), new Running(fake, fake.client()));
        }
    }

    /**
     * Closes the class's fake if this class started it.
     *
     * @param context the class's context
     */
    @Override
    public void afterAll(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).remove(key(context), Running.class);
        if (running != null) {
            running.fake().close();
        }
    }

    /**
     * Resets the fake, so each test starts from an empty corp (apps kept, tokens forgotten), and makes
     * the test's client.
     *
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        FakeWeCom fake = running(context).fake();
        fake.reset();
        context.getStore(NAMESPACE)
                .put(
                        TEST_CLIENT,
                        fake.clientBuilder()
                                .tokenStore(new InMemoryTokenStore())
                                .build());
    }

    /**
     * Whether the parameter is a {@link FakeWeCom} or a {@link WeComClient}.
     *
     * @param parameter the parameter
     * @param context   the context
     * @return whether this extension supplies it
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeWeCom.class || type == WeComClient.class;
    }

    /**
     * The class's fake, or a client of its default app: the test's own in test methods and
     * {@code @BeforeEach}/{@code @AfterEach} methods, the class's in constructors and
     * {@code @BeforeAll} methods.
     *
     * @param parameter the parameter
     * @param context   the context
     * @return the value to inject
     * @throws ParameterResolutionException if no fake is running for the class
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        if (parameter.getParameter().getType() == FakeWeCom.class) {
            return running.fake();
        }
        WeComClient testClient = context.getStore(NAMESPACE).get(TEST_CLIENT, WeComClient.class);
        return testClient != null ? testClient : running.client();
    }

    private static Running running(ExtensionContext context) {
        Running running = find(context);
        if (running == null) {
            throw new ParameterResolutionException(
                    "no FakeWeCom is running: register FakeWeComExtension on the" + " test class with @ExtendWith");
        }
        return running;
    }

    private static Running find(ExtensionContext context) {
        for (ExtensionContext current = context;
                current != null;
                current = current.getParent().orElse(null)) {
            if (current.getTestClass().isPresent()) {
                Running running = current.getStore(NAMESPACE).get(key(current), Running.class);
                if (running != null) {
                    return running;
                }
            }
        }
        return null;
    }

    private static String key(ExtensionContext context) {
        return context.getRequiredTestClass().getName();
    }
}
