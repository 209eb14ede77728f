package io.github.wecomsdk.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.WeComClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one typed {@code user/get} call through {@link WeComClient} against the same call made
 * with bare OkHttp plus Jackson, 32 callers, same local server, same OkHttp configuration. The SDK
 * side adds the token lookup, URL building, errcode check, listener and retry bookkeeping.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests -Dwecom.skipJavadoc
 * -Djmh="ClientCallBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(32)
@State(Scope.Benchmark)
public class ClientCallBenchmark {

    /** The part of WeCom's user/get answer both sides decode. */
    public record User(
            @JsonProperty("errcode") int errcode,
            @JsonProperty("userid") String userId,
            @JsonProperty("name") String name,
            @JsonProperty("department") List<Long> departments,
            @JsonProperty("position") String position,
            @JsonProperty("mobile") String mobile,
            @JsonProperty("email") String email,
            @JsonProperty("status") int status) {}

    private LocalWeComServer server;
    private OkHttpClient http;
    private ObjectMapper mapper;
    private HttpUrl bareUrl;
    private WeComClient client;

    /** Starts the server and both clients, and warms the token. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        server = new LocalWeComServer(8);
        http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .build();
        mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        bareUrl = HttpUrl.get(server.baseUrl());
        client = WeComClient.builder()
                .corpId("wwbench")
                .secret("bench-secret")
                .baseUrl(server.baseUrl())
                .okHttpClient(http)
                .build();
        client.accessToken();
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() {
        server.close();
        http.connectionPool().evictAll();
    }

    /**
     * The baseline: OkHttp GET with the token in the query, Jackson decoding into the record.
     *
     * @return the decoded user
     * @throws IOException on a network failure
     */
    @Benchmark
    public User bareOkHttpAndJackson() throws IOException {
        HttpUrl url = bareUrl.newBuilder()
                .addPathSegments("cgi-bin/user/get")
                .addQueryParameter("access_token", "bench-token")
                .addQueryParameter("userid", "zhangsan")
                .build();
        try (Response response =
                http.newCall(new Request.Builder().url(url).build()).execute()) {
            return mapper.readValue(response.body().bytes(), User.class);
        }
    }

    /**
     * The SDK: a typed call with token lookup, errcode check and retry bookkeeping.
     *
     * @return the decoded user
     */
    @Benchmark
    public User sdkTypedCall() {
        return client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"), User.class);
    }
}
