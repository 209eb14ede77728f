package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** Resolves {@code wecom.apps.*} into {@link AppSettings}, failing startup with the offending property named. */
final class AppProperties {

    private AppProperties() {}

    static Map<String, AppSettings> resolve(WeComProperties properties) {
        Map<String, AppSettings> resolved = new LinkedHashMap<>();
        properties.apps().forEach((name, app) -> resolved.put(name, resolve(properties, name, app)));
        return resolved;
    }

    private static AppSettings resolve(WeComProperties properties, String name, WeComProperties.App app) {
        String prefix = "wecom.apps." + name + ".";
        String corpId = blank(app.corpId()) ? properties.corpId() : app.corpId();
        if (blank(corpId)) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "corp-id", null, "Set wecom.corp-id, or " + prefix + "corp-id for an app of another corp");
        }
        if (blank(app.secret())) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "secret",
                    null,
                    "Set the app's secret (from WeCom's admin console; an environment variable works)");
        }
        if (app.agentId() != null && app.agentId() <= 0) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "agent-id",
                    app.agentId(),
                    "An agent id is a positive number; leave it out for secrets without an app");
        }
        OptionalLong agentId = app.agentId() == null ? OptionalLong.empty() : OptionalLong.of(app.agentId());
        WeComProperties.Callback callback = app.callback();
        if (callback == null || blank(callback.path())) {
            if (callback != null && (!blank(callback.token()) || !blank(callback.encodingAesKey()))) {
                throw new InvalidConfigurationPropertyValueException(
                        prefix + "callback.path",
                        null,
                        "A callback needs the path WeCom posts to, such as /wecom/" + name);
            }
            return AppSettings.of(corpId, app.secret(), agentId);
        }
        if (!callback.path().startsWith("/")) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "callback.path", callback.path(), "A callback path starts with '/'");
        }
        if (blank(callback.token())) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "callback.token", null, "Set the callback Token from the app's API receiving settings");
        }
        if (blank(callback.encodingAesKey())) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "callback.encoding-aes-key",
                    null,
                    "Set the callback EncodingAESKey (43 characters) from the app's API receiving settings");
        }
        try {
            new CallbackCrypto(callback.token(), callback.encodingAesKey(), corpId);
        } catch (RuntimeException e) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "callback.encoding-aes-key", "***", e.getMessage());
        }
        return new AppSettings(
                corpId, app.secret(), agentId, callback.path(), callback.token(), callback.encodingAesKey());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
