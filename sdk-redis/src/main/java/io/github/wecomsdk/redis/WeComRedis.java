package io.github.wecomsdk.redis;

import io.github.wecomsdk.core.RateWindow;
import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.callback.CallbackDeduplicator;
import io.github.wecomsdk.redis.internal.RedisGateway;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Fleet-wide WeCom state on Redis: one access token (and ticket) per fleet, callback dedupe across
 * instances, and group-robot pacing across instances. Entry point of {@code wecom-sdk-redis}.
 *
 * <pre>{@code
 * WeComRedis redis = WeComRedis.builder().uri("redis://redis.internal:6379").prefix("orders:").build();
 * WeComClient client = WeComClient.builder()
 *     .corpId(corpId).secret(secret)
 *     .tokenStore(redis.tokenStore())          // one gettoken per fleet
 *     .build();
 * CallbackHandler handler = CallbackHandler.builder(crypto, router)
 *     .deduplicator(redis.callbackDeduplicator())   // a retry on another instance is not processed twice
 *     .build();
 * }</pre>
 *
 * <p>Standalone, Sentinel ({@code redis-sentinel://}) and TLS ({@code rediss://}) come through a
 * {@link RedisURI}, Cluster through {@link Builder#clusterUri(RedisURI)}; ACL user and password ride in
 * the URI and are never logged. A client or connection you pass in stays yours: {@link #close()} never
 * closes it. One built from a URI is owned and closed by {@link #close()}.
 *
 * <p>Every Redis command is bounded by {@link Builder#commandTimeout(Duration)} (default 1 s); when
 * Redis does not answer, each part falls back to per-instance state as its Javadoc says, skipping Redis
 * for {@link Builder#pauseAfterFailure(Duration)} before trying again, and logs one warning per outage.
 */
public final class WeComRedis implements AutoCloseable {

    /** How long a refreshing instance holds the token lock unless {@link Builder#lockLease} says otherwise. */
    public static final Duration DEFAULT_LOCK_LEASE = Duration.ofSeconds(10);
    /** How long callback keys are kept: WeCom retries within seconds, three times at most. */
    public static final Duration DEFAULT_DEDUPE_RETENTION = Duration.ofMinutes(10);

    private final List<AutoCloseable> owned;
    private final RedisTokenStore tokenStore;
    private final RedisCallbackDeduplicator deduplicator;
    private final RedisRateWindow rateWindow;
    private final String description;
    private final RedisGateway gateway;

    private WeComRedis(
            Builder builder,
            RedisClusterAsyncCommands<String, String> commands,
            String description,
            List<AutoCloseable> owned) {
        this.owned = List.copyOf(owned);
        this.description = description;
        this.gateway = new RedisGateway(
                commands, builder.commandTimeout, builder.pauseAfterFailure, builder.clock, description);
        this.tokenStore = new RedisTokenStore(gateway, builder.prefix, builder.lockLease, builder.clock);
        this.deduplicator = new RedisCallbackDeduplicator(
                gateway, builder.prefix, builder.dedupeRetention, builder.clock, CallbackDeduplicator.inMemory());
        this.rateWindow = new RedisRateWindow(gateway, builder.prefix, builder.clock);
    }

    /**
     * Starts a configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The token store to give {@code WeComClient.builder().tokenStore(...)}; share it between every
     * client of the instance.
     *
     * @return the Redis token store
     */
    public TokenStore tokenStore() {
        return tokenStore;
    }

    /**
     * The callback deduplicator to give the callback handler's builder.
     *
     * @return the Redis deduplicator
     */
    public CallbackDeduplicator callbackDeduplicator() {
        return deduplicator;
    }

    /**
     * The shared window that paces group-robot webhooks across instances.
     *
     * @return the Redis rate window
     */
    public RateWindow rateWindow() {
        return rateWindow;
    }

    /**
     * Whether Redis is in an outage: it failed to answer and has not answered since.
     *
     * @return {@code true} while this instance uses its own state
     */
    public boolean inOutage() {
        return gateway.down();
    }

    /** Closes the connection and client this instance created; never one that was passed in. */
    @Override
    public void close() {
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception e) {
                // Closing is best effort: the JVM may be shutting down.
            }
        }
    }

    @Override
    public String toString() {
        return "WeComRedis[" + description + "]";
    }

    /** Configures a {@link WeComRedis}. Exactly one source: a URI, a client, or a connection. */
    public static final class Builder {

        private RedisURI uri;
        private RedisURI clusterUri;
        private RedisClient client;
        private RedisClusterClient clusterClient;
        private StatefulRedisConnection<String, String> connection;
        private StatefulRedisClusterConnection<String, String> clusterConnection;
        private String prefix = "";
        private Duration commandTimeout = Duration.ofSeconds(1);
        private Duration pauseAfterFailure = Duration.ofSeconds(5);
        private Duration lockLease = DEFAULT_LOCK_LEASE;
        private Duration dedupeRetention = DEFAULT_DEDUPE_RETENTION;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Connects to a standalone or Sentinel Redis described by a URI string
         * ({@code redis://[user:password@]host:port/db}, {@code rediss://} for TLS,
         * {@code redis-sentinel://host:26379/0#mymaster}); the connection is owned.
         *
         * @param uri the URI
         * @return this builder
         */
        public Builder uri(String uri) {
            return uri(RedisURI.create(Objects.requireNonNull(uri, "uri")));
        }

        /**
         * Connects to a standalone or Sentinel Redis; the client and connection are owned.
         *
         * @param uri the URI
         * @return this builder
         */
        public Builder uri(RedisURI uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * Connects to a Redis Cluster through one of its nodes; the client and connection are owned.
         *
         * @param uri a seed node
         * @return this builder
         */
        public Builder clusterUri(RedisURI uri) {
            this.clusterUri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * Uses your client: a connection is opened on it (and closed by {@link WeComRedis#close()}), the
         * client is never shut down by this module.
         *
         * @param client your client
         * @return this builder
         */
        public Builder client(RedisClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Uses your cluster client, as {@link #client(RedisClient)} does.
         *
         * @param client your cluster client
         * @return this builder
         */
        public Builder clusterClient(RedisClusterClient client) {
            this.clusterClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Uses your connection; it is never closed by this module.
         *
         * @param connection a connection with {@code String} keys and values
         * @return this builder
         */
        public Builder connection(StatefulRedisConnection<String, String> connection) {
            this.connection = Objects.requireNonNull(connection, "connection");
            return this;
        }

        /**
         * Uses your cluster connection; it is never closed by this module.
         *
         * @param connection a cluster connection with {@code String} keys and values
         * @return this builder
         */
        public Builder clusterConnection(StatefulRedisClusterConnection<String, String> connection) {
            this.clusterConnection = Objects.requireNonNull(connection, "connection");
            return this;
        }

        /**
         * A prefix for every key this module writes, to keep services that share a Redis apart.
         * Default: none (keys start with {@code wecom:}).
         *
         * @param prefix such as {@code "orders:"}
         * @return this builder
         */
        public Builder prefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * The longest one Redis command may take before it counts as an outage. Default 1 s.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder commandTimeout(Duration timeout) {
            this.commandTimeout = positive(timeout, "commandTimeout");
            return this;
        }

        /**
         * How long Redis is skipped after a failure before it is tried again. Default 5 s.
         *
         * @param pause positive
         * @return this builder
         */
        public Builder pauseAfterFailure(Duration pause) {
            this.pauseAfterFailure = positive(pause, "pauseAfterFailure");
            return this;
        }

        /**
         * How long an instance refreshing a token holds the fleet's lock at most; a crashed holder
         * blocks the others no longer than this. Default 10 s.
         *
         * @param lease positive
         * @return this builder
         */
        public Builder lockLease(Duration lease) {
            this.lockLease = positive(lease, "lockLease");
            return this;
        }

        /**
         * How long callback keys are kept. Default 10 minutes.
         *
         * @param retention positive
         * @return this builder
         */
        public Builder dedupeRetention(Duration retention) {
            this.dedupeRetention = positive(retention, "dedupeRetention");
            return this;
        }

        /**
         * The clock for token expiry, dedupe fallbacks and webhook pacing. Default UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Connects (if given a URI or client) and builds.
         *
         * @return the Redis-backed state
         * @throws WeComValidationException if not exactly one source was given
         * @throws WeComException          if a connection cannot be opened (the message never shows the
         *                                  password)
         */
        public WeComRedis build() {
            int sources = count(uri, clusterUri, client, clusterClient, connection, clusterConnection);
            if (sources != 1) {
                throw new WeComValidationException("WeComRedis needs exactly one of uri, clusterUri, client,"
                        + " clusterClient, connection or clusterConnection; got " + sources);
            }
            List<AutoCloseable> owned = new ArrayList<>();
            if (uri != null) {
                ClientResources resources = ownedResources();
                RedisClient created = RedisClient.create(resources, uri);
                created.setOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .build());
                owned.add(resources::shutdown);
                owned.add(0, created::shutdown);
                StatefulRedisConnection<String, String> opened = connectOrShutdown(created, owned);
                owned.add(0, opened);
                return new WeComRedis(this, opened.async(), describe(uri), owned);
            }
            if (clusterUri != null) {
                ClientResources resources = ownedResources();
                RedisClusterClient created = RedisClusterClient.create(resources, List.of(clusterUri));
                created.setOptions(ClusterClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .build());
                owned.add(resources::shutdown);
                owned.add(0, created::shutdown);
                try {
                    StatefulRedisClusterConnection<String, String> opened = created.connect();
                    owned.add(0, opened);
                    return new WeComRedis(this, opened.async(), "Redis Cluster via " + describe(clusterUri), owned);
                } catch (RuntimeException e) {
                    created.shutdown();
                    resources.shutdown();
                    throw connectFailed("Redis Cluster", e);
                }
            }
            if (client != null) {
                StatefulRedisConnection<String, String> opened = connectBorrowed(client::connect, "Redis");
                owned.add(opened);
                return new WeComRedis(this, opened.async(), "Redis (your client)", owned);
            }
            if (clusterClient != null) {
                StatefulRedisClusterConnection<String, String> opened =
                        connectBorrowed(clusterClient::connect, "Redis Cluster");
                owned.add(opened);
                return new WeComRedis(this, opened.async(), "Redis Cluster (your client)", owned);
            }
            if (connection != null) {
                return new WeComRedis(this, connection.async(), "Redis (your connection)", owned);
            }
            return new WeComRedis(this, clusterConnection.async(), "Redis Cluster (your connection)", owned);
        }

        private static StatefulRedisConnection<String, String> connectOrShutdown(
                RedisClient created, List<AutoCloseable> owned) {
            try {
                return created.connect();
            } catch (RuntimeException e) {
                for (AutoCloseable resource : owned) {
                    try {
                        resource.close();
                    } catch (Exception ignored) {
                        // Best effort while failing.
                    }
                }
                owned.clear();
                throw connectFailed("Redis", e);
            }
        }

        /** Reconnects after an outage within a second at most (Lettuce's default backs off to 30 s). */
        private static ClientResources ownedResources() {
            return DefaultClientResources.builder()
                    .reconnectDelay(
                            Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                    .build();
        }

        private static <C> C connectBorrowed(java.util.function.Supplier<C> connect, String what) {
            try {
                return connect.get();
            } catch (RuntimeException e) {
                throw connectFailed(what, e);
            }
        }

        private static WeComException connectFailed(String what, RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new WeComException(
                    "Could not connect to " + what + " (" + root.getClass().getSimpleName()
                            + "): check the host, port, TLS setting and ACL user/password in the URI",
                    e);
        }

        private static String describe(RedisURI uri) {
            if (!uri.getSentinels().isEmpty()) {
                return "Redis Sentinel master " + uri.getSentinelMasterId();
            }
            return "Redis at " + uri.getHost() + ":" + uri.getPort();
        }

        private static int count(Object... sources) {
            int count = 0;
            for (Object source : sources) {
                count += source == null ? 0 : 1;
            }
            return count;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new WeComValidationException(name + " must be positive; got " + value);
            }
            return value;
        }
    }
}
