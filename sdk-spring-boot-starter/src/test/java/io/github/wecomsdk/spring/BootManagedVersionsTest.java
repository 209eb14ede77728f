package io.github.wecomsdk.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

/**
 * The starter's tests run on the versions Spring Boot 3.5.7 manages, not the parent's pins: in a Boot
 * application Boot's versions win, so that is what the SDK must work with.
 */
class BootManagedVersionsTest {

    @Test
    void testsRunOnBootsManagedJacksonCaffeineLettuceAndMicrometer() {
        String jackson = PackageVersion.VERSION.toString();
        String caffeine = jarOf(Caffeine.class);
        String lettuce = jarOf(RedisClient.class);
        String micrometer = jarOf(MeterRegistry.class);
        System.out.printf(
                "Running with Jackson %s, Caffeine %s, Lettuce %s, Micrometer %s%n",
                jackson, caffeine, lettuce, micrometer);

        assertEquals("2.19.2", jackson);
        assertTrue(caffeine.endsWith("caffeine-3.2.2.jar"), caffeine);
        assertTrue(lettuce.endsWith("lettuce-core-6.6.0.RELEASE.jar"), lettuce);
        assertTrue(micrometer.endsWith("micrometer-core-1.15.5.jar"), micrometer);
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
