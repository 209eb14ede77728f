package io.github.wecomsdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small WeCom stand-in on loopback for benchmarks: {@code gettoken} issues a token, every other
 * path answers a fixed {@code user/get}-shaped body. Both the SDK and the bare baseline talk to the
 * same server, so its cost is the same on both sides.
 */
final class LocalWeComServer implements AutoCloseable {

    static {
        // Without it the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final byte[] TOKEN_ANSWER = ("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"bench-token\","
                    + "\"expires_in\":7200}")
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] USER_ANSWER = ("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"name\":\"张三\","
                    + "\"department\":[1,2],\"order\":[1,2],\"position\":\"后台工程师\",\"mobile\":\"13800000000\","
                    + "\"gender\":\"1\",\"email\":\"zhangsan@gzdev.com\",\"is_leader_in_dept\":[1,0],"
                    + "\"direct_leader\":[\"lisi\"],\"avatar\":\"http://wx.qlogo.cn/mmopen/ajNVdqHZLLA3WJ6DSZUfiakYe37PKnQhBIeOQBO4czqrnZDS79FH5Wm5m4X69TBicnHFlhiafvDwklOpZeXYQQ2icg/0\","
                    + "\"thumb_avatar\":\"http://wx.qlogo.cn/mmopen/ajNVdqHZLLA3WJ6DSZUfiakYe37PKnQhBIeOQBO4czqrnZDS79FH5Wm5m4X69TBicnHFlhiafvDwklOpZeXYQQ2icg/100\","
                    + "\"telephone\":\"020-123456\",\"alias\":\"jackzhang\",\"address\":\"广州市海珠区新港中路\","
                    + "\"open_userid\":\"xxxxxx\",\"main_department\":1,\"status\":1,\"qr_code\":\"https://open.work.weixin.qq.com/wwopen/userQRCode?vcode=xxx\","
                    + "\"external_position\":\"产品经理\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService workers;

    LocalWeComServer(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        workers = Executors.newFixedThreadPool(threads);
        server.setExecutor(workers);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        byte[] body = exchange.getRequestURI().getPath().endsWith("/gettoken") ? TOKEN_ANSWER : USER_ANSWER;
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
