package io.github.wecomsdk.micrometer;

import io.github.wecomsdk.core.WeComListener;
import io.github.wecomsdk.core.callback.CallbackObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Records the SDK's calls, retries, credential refreshes and callbacks to a Micrometer
 * {@link MeterRegistry}. Works wherever Micrometer does (Spring Boot, Quarkus, Micronaut, plain Java);
 * the Spring Boot starter wires it when a registry exists.
 *
 * <pre>{@code
 * WeComMetrics metrics = WeComMetrics.of(registry);
 * WeComClient client = WeComClient.builder()
 *     .corpId(corpId).secret(secret)
 *     .listener(metrics.listener())
 *     .build();
 * CallbackHandler handler = CallbackHandler.builder(crypto, router).observer(metrics.callbackObserver()).build();
 * }</pre>
 *
 * <p>Meters (every tag value is bounded: API paths without query, at most {@value PathTag#MAX_PATHS}
 * distinct ones, errcodes, credential kinds, enum reasons; never a userid, msgid, token or corp secret):
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@code wecom.client.requests}</td><td>timer, per attempt</td><td>{@code method}, {@code path},
 *       {@code outcome} ({@code success}, {@code api_error}, {@code timeout}, {@code network}, {@code http},
 *       {@code response}, {@code other}), {@code errcode} ({@code 0} on success, {@code none} without an
 *       answer)</td></tr>
 *   <tr><td>{@code wecom.client.retries}</td><td>counter</td><td>{@code path}, {@code reason} (an errcode or
 *       {@code timeout}/{@code network}/{@code http}/{@code response})</td></tr>
 *   <tr><td>{@code wecom.client.errors}</td><td>counter</td><td>{@code path}, {@code errcode}: only the codes
 *       operators watch ({@link MicrometerListener#WATCHED_ERRCODES})</td></tr>
 *   <tr><td>{@code wecom.credential.refreshes}</td><td>timer</td><td>{@code kind} ({@code access_token},
 *       {@code jsapi_ticket}, ...): each fetch counts against WeCom's quotas (tickets: 400 an hour per corp,
 *       100 per app)</td></tr>
 *   <tr><td>{@code wecom.credential.rejections}</td><td>counter</td><td>{@code kind}, {@code errcode}</td></tr>
 *   <tr><td>{@code wecom.callback.accepted}</td><td>counter</td><td>{@code type} (MsgType, or the Event
 *       for events)</td></tr>
 *   <tr><td>{@code wecom.callback.duplicates}</td><td>counter</td><td>{@code type}</td></tr>
 *   <tr><td>{@code wecom.callback.rejected}</td><td>counter</td><td>{@code reason}</td></tr>
 *   <tr><td>{@code wecom.callback.listener.failures}</td><td>counter</td><td>{@code type}</td></tr>
 *   <tr><td>{@code wecom.callback.handling}</td><td>timer</td><td>{@code status}</td></tr>
 * </table>
 */
public final class WeComMetrics {

    private final MicrometerListener listener;
    private final MicrometerCallbackObserver observer;

    private WeComMetrics(MeterRegistry registry) {
        PathTag paths = new PathTag();
        this.listener = new MicrometerListener(registry, paths);
        this.observer = new MicrometerCallbackObserver(registry);
    }

    /**
     * Metrics recorded to a registry.
     *
     * @param registry the application's registry
     * @return the metrics
     */
    public static WeComMetrics of(MeterRegistry registry) {
        return new WeComMetrics(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * The listener to give {@code WeComClient.builder().listener(...)}; one may serve every client.
     *
     * @return the client listener
     */
    public WeComListener listener() {
        return listener;
    }

    /**
     * The observer to give the callback handler's builder.
     *
     * @return the callback observer
     */
    public CallbackObserver callbackObserver() {
        return observer;
    }
}
