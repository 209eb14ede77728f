package io.github.wecomsdk.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real {@code redis-server} that a test starts on a free loopback port and stops: the one on
 * {@code PATH} when there is one (CI installs Debian's package), otherwise the linux-amd64 binary that
 * the {@code embedded-redis} test dependency carries. Nothing is assumed to be running.
 */
public final class LocalRedis implements AutoCloseable {

    private static final String EMBEDDED_BINARY = "/redis-server-6.2.6-v5-linux-amd64";

    private final Path binary;
    private final int port;
    private final Path directory;
    private final List<String> extraArguments;
    private Process process;

    private LocalRedis(Path binary, int port, Path directory, List<String> extraArguments) {
        this.binary = binary;
        this.port = port;
        this.directory = directory;
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** Starts a server on a free port: the one on PATH, else the embedded binary. */
    public static LocalRedis start() {
        return start(false);
    }

    /**
     * Starts a server on a free port.
     *
     * @param embeddedOnly use the binary embedded-redis carries even when one is on PATH
     */
    static LocalRedis start(boolean embeddedOnly) {
        return start(embeddedOnly, List.of());
    }

    /**
     * Starts a server that requires a password.
     *
     * @param password the default user's password
     */
    static LocalRedis startWithPassword(String password) {
        return start(false, List.of("--requirepass", password));
    }

    private static LocalRedis start(boolean embeddedOnly, List<String> extraArguments) {
        try {
            Path directory = Files.createTempDirectory("wecom-redis-test");
            LocalRedis redis =
                    new LocalRedis(findBinary(directory, embeddedOnly), freePort(), directory, extraArguments);
            redis.startProcess();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Which binary runs, for the test log. */
    Path binary() {
        return binary;
    }

    /** Kills the server at once, as a crash would (its data is gone: it keeps none on disk). */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the server again on the same port, empty. */
    public void restart() {
        kill();
        startProcess();
    }

    @Override
    public void close() {
        kill();
    }

    private void startProcess() {
        try {
            List<String> command = new java.util.ArrayList<>(List.of(
                    binary.toString(),
                    "--port",
                    Integer.toString(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    directory.toString()));
            command.addAll(extraArguments);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + binary, e);
        }
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(giveUp)) {
            if (answersPing()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited; see " + directory.resolve("redis.log"));
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("redis-server did not answer PING within 20 s");
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(500);
            // An unauthenticated PING on a server with a password answers -NOAUTH: it is up all the same.
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[7];
            int read = in.read(answer);
            String text = read > 0 ? new String(answer, 0, read, StandardCharsets.US_ASCII) : "";
            return text.startsWith("+PONG") || text.startsWith("-NOAUTH");
        } catch (IOException e) {
            return false;
        }
    }

    private static Path findBinary(Path directory, boolean embeddedOnly) throws IOException {
        String path = System.getenv("PATH");
        if (path != null && !embeddedOnly) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, "redis-server");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        try (InputStream embedded = LocalRedis.class.getResourceAsStream(EMBEDDED_BINARY)) {
            if (embedded == null) {
                throw new IllegalStateException("No redis-server on PATH and no embedded binary for this platform;"
                        + " install Debian's redis-server package");
            }
            Path extracted = directory.resolve("redis-server");
            Files.copy(embedded, extracted, StandardCopyOption.REPLACE_EXISTING);
            if (!extracted.toFile().setExecutable(true)) {
                throw new IllegalStateException("could not make " + extracted + " executable");
            }
            return extracted;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
