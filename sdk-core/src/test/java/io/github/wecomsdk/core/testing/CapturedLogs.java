package io.github.wecomsdk.core.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J backend of the tests: it keeps every log line (formatted, with stack traces) in memory so
 * tests can assert what was logged, in particular that no secret or token ever is. Registered through
 * {@code META-INF/services}; the level is INFO unless a test lowers it.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    private static final int MAX_LINES = 50_000;
    private static final ConcurrentLinkedDeque<String> LINES = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger SIZE = new AtomicInteger();
    private static volatile Level threshold = Level.INFO;

    private final ILoggerFactory factory = CapturingLogger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    /**
     * Sets the most detailed level kept, for every logger.
     *
     * @param level such as {@link Level#TRACE}
     */
    public static void setLevel(Level level) {
        threshold = level;
    }

    /** Forgets every captured line. */
    public static void clear() {
        LINES.clear();
        SIZE.set(0);
    }

    /**
     * Every captured line, oldest first.
     *
     * @return a copy of the lines
     */
    public static List<String> lines() {
        return new ArrayList<>(LINES);
    }

    /**
     * Every captured line joined with newlines.
     *
     * @return the text
     */
    public static String text() {
        return String.join("\n", LINES);
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {}

    private static final class CapturingLogger extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        private static boolean enabled(Level level) {
            return level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            StringBuilder line = new StringBuilder()
                    .append(level)
                    .append(' ')
                    .append(name)
                    .append(" - ")
                    .append(MessageFormatter.basicArrayFormat(pattern, arguments));
            if (throwable != null) {
                StringWriter trace = new StringWriter();
                throwable.printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            LINES.add(line.toString());
            if (SIZE.incrementAndGet() > MAX_LINES) {
                LINES.pollFirst();
                SIZE.decrementAndGet();
            }
        }
    }
}
