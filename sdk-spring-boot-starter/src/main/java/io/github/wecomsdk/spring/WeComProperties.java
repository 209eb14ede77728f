package io.github.wecomsdk.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code wecom.*} properties.
 *
 * <pre>
 * wecom.corp-id=ww0123456789abcdef
 * wecom.apps.notify.secret=${WECOM_NOTIFY_SECRET}
 * wecom.apps.notify.agent-id=1000002
 * wecom.apps.notify.callback.path=/wecom/notify
 * wecom.apps.notify.callback.token=${WECOM_NOTIFY_TOKEN}
 * wecom.apps.notify.callback.encoding-aes-key=${WECOM_NOTIFY_AES_KEY}
 * wecom.apps.contacts.secret=${WECOM_CONTACTS_SECRET}      # an app with no agent id
 * wecom.apps.other-corp.corp-id=ww9999999999999999         # another corp, same service
 * wecom.apps.other-corp.secret=${WECOM_OTHER_SECRET}
 * </pre>
 *
 * <p>{@link #toString()} never shows a secret, token or key.
 *
 * @param corpId  the default corp of every app ({@code wecom.corp-id})
 * @param baseUrl the API base URL ({@code wecom.base-url}); WeCom's when absent
 * @param apps    the apps by name ({@code wecom.apps.<name>.*})
 * @param redis   the Redis settings ({@code wecom.redis.*})
 */
@ConfigurationProperties("wecom")
public record WeComProperties(String corpId, String baseUrl, Map<String, App> apps, Redis redis) {

    /**
     * Normalises missing parts.
     */
    public WeComProperties {
        apps = apps == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(apps));
        redis = redis == null ? new Redis(null, null) : redis;
    }

    @Override
    public String toString() {
        return "WeComProperties[corpId=" + corpId + ", baseUrl=" + baseUrl + ", apps=" + apps.keySet() + "]";
    }

    /**
     * One app ({@code wecom.apps.<name>.*}).
     *
     * @param corpId   the app's corp, when it differs from {@code wecom.corp-id}
     * @param secret   the app's secret (or the contacts-sync or customer-contact secret)
     * @param agentId  the app's agent id; absent for secrets without one
     * @param callback the app's callback endpoint, if it receives callbacks
     */
    public record App(String corpId, String secret, Long agentId, Callback callback) {

        @Override
        public String toString() {
            return "App[corpId=" + corpId + ", secret=***, agentId=" + agentId + ", callback=" + callback + "]";
        }
    }

    /**
     * An app's callback endpoint ({@code wecom.apps.<name>.callback.*}).
     *
     * @param path           the path WeCom posts to, such as {@code /wecom/notify}
     * @param token          the callback Token set in WeCom's admin console
     * @param encodingAesKey the callback EncodingAESKey (43 characters)
     */
    public record Callback(String path, String token, String encodingAesKey) {

        @Override
        public String toString() {
            return "Callback[path=" + path + ", token=***, encodingAesKey=***]";
        }
    }

    /**
     * Redis settings, used when {@code wecom-sdk-redis} and a Redis connection are present.
     *
     * @param enabled {@code false} keeps tokens and dedupe in memory even with Redis present
     * @param prefix  a prefix for every key the SDK writes
     */
    public record Redis(Boolean enabled, String prefix) {}
}
