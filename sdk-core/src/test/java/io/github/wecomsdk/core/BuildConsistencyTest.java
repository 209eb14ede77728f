package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM does not inherit from the parent; these checks keep the two in step. */
class BuildConsistencyTest {

    private static final Set<String> NOT_PUBLISHED = Set.of("sdk-bom", "benchmarks", "examples");
    private static final Pattern OWN_VERSION =
            Pattern.compile("<artifactId>(wecom-sdk-parent|wecom-sdk-bom)</artifactId>\\s*<version>([^<]+)</version>");

    private static Path root() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    }

    private static String read(String file) throws IOException {
        return Files.readString(root().resolve(file));
    }

    private static String version(String pom) {
        Matcher matcher = OWN_VERSION.matcher(pom);
        assertTrue(matcher.find(), "no own version found");
        return matcher.group(2);
    }

    @Test
    void bomHasTheParentsVersion() throws IOException {
        assertEquals(version(read("pom.xml")), version(read("sdk-bom/pom.xml")));
    }

    @Test
    void bomListsEveryPublishedModule() throws IOException {
        String parent = read("pom.xml");
        String bom = read("sdk-bom/pom.xml");
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        List<String> missing = new ArrayList<>();
        while (module.find()) {
            String folder = module.group(1);
            boolean deploySkipped = read(folder + "/pom.xml").contains("<maven.deploy.skip>true</maven.deploy.skip>");
            if (!NOT_PUBLISHED.contains(folder) && !deploySkipped) {
                String artifact = "wecom-" + folder;
                if (!bom.contains("<artifactId>" + artifact + "</artifactId>")) {
                    missing.add(artifact);
                }
            }
        }
        assertEquals(List.of(), missing, "modules missing from sdk-bom");
    }
}
