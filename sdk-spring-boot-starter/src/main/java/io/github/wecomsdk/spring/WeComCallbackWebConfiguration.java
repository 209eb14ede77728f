package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The callback endpoints on Spring MVC: each app's {@code wecom.apps.<name>.callback.path} (and each app
 * added at runtime with a callback) answers WeCom's URL check (GET) and its posts (POST) through core's
 * {@link CallbackHandler}: verified, decrypted, deduplicated, routed to the {@link WeComCallbackRoutes}
 * beans. Bodies past the handler's limit are refused with 413 and the connection closed, unread.
 */
@AutoConfiguration(after = WeComAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnBean(WeComApps.class)
public class WeComCallbackWebConfiguration {

    /** Creates the configuration; Spring calls it. */
    public WeComCallbackWebConfiguration() {}

    /**
     * Routes the callback paths to their apps' handlers.
     *
     * @param apps the registry
     * @return the router function
     */
    @Bean
    public RouterFunction<ServerResponse> weComCallbackRouter(WeComApps apps) {
        return request -> handlerFor(apps, request)
                .<HandlerFunction<ServerResponse>>map(handler -> callback -> handle(handler, callback));
    }

    private static Optional<CallbackHandler> handlerFor(WeComApps apps, ServerRequest request) {
        return apps.callbackHandlerFor(request.method().name(), request.path());
    }

    private static ServerResponse handle(CallbackHandler handler, ServerRequest request) throws IOException {
        HttpServletRequest servlet = request.servletRequest();
        String body = "";
        if (request.method().name().equals("POST")) {
            long declared = servlet.getContentLengthLong();
            if (declared > handler.maxBodyBytes()) {
                return tooLarge(handler);
            }
            byte[] bytes = readAtMost(servlet.getInputStream(), handler.maxBodyBytes());
            if (bytes == null) {
                return tooLarge(handler);
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        CallbackResponse answer = handler.handle(
                request.method().name(), name -> request.param(name).orElse(null), body);
        return ServerResponse.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    private static ServerResponse tooLarge(CallbackHandler handler) {
        CallbackResponse answer = handler.payloadTooLarge();
        return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .header("Connection", "close")
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    /** Reads the body, or returns {@code null} as soon as it passes {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > max) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
