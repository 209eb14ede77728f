package io.github.wecomsdk.examples;

import io.github.wecomsdk.core.testing.JavadocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavadocSnippetsTest {

    @Test
    void everyJavaExampleInTheTestkitsJavadocStandsInCodeThatRunsHere() {
        JavadocSnippets.assertCompiled(Path.of("../sdk-testkit/src/main/java"), Path.of("src/test/java"));
    }
}
