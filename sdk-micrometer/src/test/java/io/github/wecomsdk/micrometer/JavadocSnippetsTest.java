package io.github.wecomsdk.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.testing.JavadocSnippets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Java example in sdk-micrometer's Javadoc compiles, and does what it shows. */
class JavadocSnippetsTest {

    @Test
    void everyJavadocExampleHasACompiledTwin() {
        JavadocSnippets.assertCompiled(Path.of("src/main/java"), Path.of("src/test/java"));
    }

    @Test
    void weComMetricsExampleCountsTheCallbacksItsHandlerRejects() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CallbackHandler handler = MicrometerJavadocExamples.weComMetrics(
                registry,
                "wwtestcorp0001",
                "S3cr3t-example",
                new CallbackCrypto("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wwtestcorp0001"),
                CallbackRouter.builder().build());

        handler.handle(
                "POST",
                Map.of("msg_signature", "0".repeat(40), "timestamp", "1700000000", "nonce", "n"),
                "<xml><Encrypt><![CDATA[AAAA]]></Encrypt></xml>");

        assertEquals(1, registry.get("wecom.callback.rejected").counter().count());
    }
}
