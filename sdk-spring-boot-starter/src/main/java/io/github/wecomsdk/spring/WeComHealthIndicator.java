package io.github.wecomsdk.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Each app's last access-token fetch, from what its client saw: DOWN when an app's last fetch failed
 * (wrong secret, caller IP not trusted, ...), UP otherwise. Never calls WeCom, so probes cost nothing
 * against WeCom's quotas.
 */
final class WeComHealthIndicator implements HealthIndicator {

    private final WeComApps apps;

    WeComHealthIndicator(WeComApps apps) {
        this.apps = apps;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean failing = false;
        for (Map.Entry<String, TokenHealth> entry : apps.tokenHealth().entrySet()) {
            TokenHealth health = entry.getValue();
            Map<String, Object> app = new LinkedHashMap<>();
            app.put(
                    "lastTokenRefresh",
                    health.lastSuccess() == null
                            ? "never"
                            : health.lastSuccess().toString());
            if (health.lastFailure() != null) {
                app.put("lastTokenFailure", health.lastFailure().toString());
                app.put("failure", health.failure());
            }
            app.put("status", health.failing() ? "DOWN" : health.lastSuccess() == null ? "UNKNOWN" : "UP");
            failing |= health.failing();
            details.put(entry.getKey(), app);
        }
        return (failing ? Health.down() : Health.up()).withDetails(details).build();
    }
}
