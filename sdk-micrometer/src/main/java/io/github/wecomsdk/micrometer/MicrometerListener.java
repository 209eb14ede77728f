package io.github.wecomsdk.micrometer;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComHttpException;
import io.github.wecomsdk.core.WeComListener;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComTimeoutException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@link WeComListener} of {@link WeComMetrics}; see there for the meters. */
final class MicrometerListener extends WeComListener {

    /**
     * Errcodes counted on their own in {@code wecom.client.errors}: invalid or expired tokens, rate limits,
     * caller IP not trusted, API not allowed for this app.
     */
    static final Set<Integer> WATCHED_ERRCODES = Set.of(40014, 42001, 45009, 45033, 60020, 48002);

    private static final Pattern CREDENTIAL_KIND = Pattern.compile("[a-z_]{1,40}");

    private final MeterRegistry registry;
    private final PathTag paths;

    MicrometerListener(MeterRegistry registry, PathTag paths) {
        this.registry = registry;
        this.paths = paths;
    }

    @Override
    public void callEnd(CallInfo call, int errcode, Duration duration) {
        String path = paths.of(call.path());
        recordAttempt(call, path, errcode == 0 ? "success" : "api_error", Integer.toString(errcode), duration);
        if (WATCHED_ERRCODES.contains(errcode)) {
            Counter.builder("wecom.client.errors")
                    .description("WeCom errcodes operators watch")
                    .tags("path", path, "errcode", Integer.toString(errcode))
                    .register(registry)
                    .increment();
        }
    }

    @Override
    public void callFailed(CallInfo call, WeComException failure, Duration duration) {
        String errcode = failure instanceof WeComApiException api ? Integer.toString(api.errcode()) : "none";
        recordAttempt(call, paths.of(call.path()), outcome(failure), errcode, duration);
    }

    private void recordAttempt(CallInfo call, String path, String outcome, String errcode, Duration duration) {
        Timer.builder("wecom.client.requests")
                .description("Attempts of WeCom API calls")
                .tags("method", call.method(), "path", path, "outcome", outcome, "errcode", errcode)
                .register(registry)
                .record(duration);
    }

    @Override
    public void retryScheduled(CallInfo call, WeComException failure, Duration delay) {
        String reason = failure instanceof WeComApiException api ? Integer.toString(api.errcode()) : outcome(failure);
        Counter.builder("wecom.client.retries")
                .description("Attempts of WeCom API calls that will be repeated")
                .tags("path", paths.of(call.path()), "reason", reason)
                .register(registry)
                .increment();
    }

    @Override
    public void credentialRefreshed(String credential, Duration duration) {
        Timer.builder("wecom.credential.refreshes")
                .description("Access tokens and tickets fetched from WeCom (each counts against its quota)")
                .tags("kind", kind(credential))
                .register(registry)
                .record(duration);
    }

    @Override
    public void credentialRejected(String credential, int errcode) {
        Counter.builder("wecom.credential.rejections")
                .description("Cached credentials WeCom rejected")
                .tags("kind", kind(credential), "errcode", Integer.toString(errcode))
                .register(registry)
                .increment();
    }

    private static String outcome(WeComException failure) {
        if (failure instanceof WeComApiException) {
            return "api_error";
        }
        if (failure instanceof WeComTimeoutException) {
            return "timeout";
        }
        if (failure instanceof WeComNetworkException) {
            return "network";
        }
        if (failure instanceof WeComHttpException) {
            return "http";
        }
        if (failure instanceof WeComResponseException) {
            return "response";
        }
        return "other";
    }

    /** The credential's kind: the label's first word ({@code access_token of ww... (secret ...)}). */
    static String kind(String credential) {
        if (credential == null || credential.isBlank()) {
            return "unknown";
        }
        String first = credential.strip().split("[\\s:]", 2)[0];
        return CREDENTIAL_KIND.matcher(first).matches() ? first : "other";
    }
}
