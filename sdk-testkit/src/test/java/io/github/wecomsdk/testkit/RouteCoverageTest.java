package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code "/cgi-bin/..."} path the API modules' main code names is served by FakeWeCom, except the
 * ones {@link #NOT_SERVED} names with a reason.
 */
class RouteCoverageTest {

    private static final Pattern PATH = Pattern.compile("\"(/cgi-bin/[A-Za-z0-9_/]+)\"");
    private static final Set<String> MODULES =
            Set.of("sdk-contacts", "sdk-messaging", "sdk-media", "sdk-apps", "sdk-auth", "sdk-payment");
    /** Paths the fake deliberately does not serve, with the reason. Empty today. */
    private static final Map<String, String> NOT_SERVED = Map.of();

    @Test
    void everyPathTheApiModulesCallIsServed() {
        Map<String, Set<String>> called = calledPaths();
        Set<String> served;
        try (FakeWeCom wecom = FakeWeCom.start()) {
            served = wecom.servedPaths();
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        called.forEach((path, files) -> {
            if (!served.contains(path) && !NOT_SERVED.containsKey(path)) {
                missing.put(path, files);
            }
        });

        assertTrue(called.size() > 100, "the scan found only " + called.size() + " paths: " + called.keySet());
        assertEquals(Map.of(), missing, "paths the SDK calls that FakeWeCom does not serve (path -> files)");
    }

    @Test
    void theAllowListNamesOnlyPathsTheSdkStillCalls() {
        Set<String> stale = new TreeSet<>(NOT_SERVED.keySet());
        stale.removeAll(calledPaths().keySet());

        assertEquals(Set.of(), stale);
    }

    private static Map<String, Set<String>> calledPaths() {
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<String, Set<String>> called = new TreeMap<>();
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    Matcher matcher = PATH.matcher(read(file));
                    while (matcher.find()) {
                        called.computeIfAbsent(matcher.group(1), p -> new TreeSet<>())
                                .add(root.relativize(file).toString());
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return called;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
