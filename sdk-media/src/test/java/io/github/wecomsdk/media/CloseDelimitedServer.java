package io.github.wecomsdk.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bare HTTP/1.1 server whose answers end by closing the connection, without {@code Content-Length}:
 * the one shape of a cleanly cut body that MockWebServer cannot produce. Answers {@code gettoken}
 * itself; every other request gets the next scripted answer and is recorded as its request line plus
 * its {@code Range} header.
 */
final class CloseDelimitedServer implements AutoCloseable {

    /** One scripted answer: status line and headers (without length), then the body bytes. */
    record Answer(String head, byte[] body) {}

    private final ServerSocket socket;
    private final List<Answer> script;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread thread;

    CloseDelimitedServer(List<Answer> script) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = new CopyOnWriteArrayList<>(script);
        this.thread = new Thread(this::serve, "close-delimited-server");
        thread.setDaemon(true);
        thread.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    /** The request lines and Range headers of the requests other than gettoken, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                String head = readHead(client.getInputStream());
                OutputStream out = client.getOutputStream();
                if (head.contains("/cgi-bin/gettoken")) {
                    byte[] token = "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"TKN\",\"expires_in\":7200}"
                            .getBytes(StandardCharsets.UTF_8);
                    write(
                            out,
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + token.length
                                    + "\r\n",
                            token);
                    continue;
                }
                String range = head.lines()
                        .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("range:"))
                        .map(l -> l.substring(6).trim())
                        .findFirst()
                        .orElse("none");
                requests.add(head.lines().findFirst().orElse("") + " range=" + range);
                Answer answer =
                        script.isEmpty() ? new Answer("HTTP/1.1 599 No Script\r\n", new byte[0]) : script.remove(0);
                write(out, answer.head(), answer.body());
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void write(OutputStream out, String head, byte[] body) throws IOException {
        out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
