package io.github.wecomsdk.benchmarks;

import io.github.wecomsdk.core.callback.InMemoryCallbackDeduplicator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link InMemoryCallbackDeduplicator} with its defaults (a million keys, 10 minutes) on
 * four threads: every call records a new 49-character key, so the store fills and then evicts the oldest
 * key on every call, the worst case of a bulk import.
 *
 * <p>Run: {@code java -cp ... org.openjdk.jmh.Main CallbackDedupeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class CallbackDedupeBenchmark {

    private InMemoryCallbackDeduplicator dedupe;
    private final AtomicLong next = new AtomicLong();

    /** Creates the store with its defaults. */
    @Setup
    public void setUp() {
        dedupe = new InMemoryCallbackDeduplicator();
    }

    /**
     * Records a new key.
     *
     * @return whether it was a first delivery (always)
     */
    @Benchmark
    public boolean firstDelivery() {
        return dedupe.firstDelivery("event:wHc3Jq0xT9bE2mKp7LrVn5sYa1dFg8hZ" + next.incrementAndGet());
    }
}
