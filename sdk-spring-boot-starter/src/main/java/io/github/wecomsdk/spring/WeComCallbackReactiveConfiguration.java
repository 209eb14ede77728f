package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The callback endpoints on Spring WebFlux, as {@link WeComCallbackWebConfiguration} does on Spring MVC:
 * each app's callback path answers WeCom's GET check and POSTs through core's {@link CallbackHandler}.
 * The body is gathered up to the handler's limit (413 with {@code Connection: close} past it), and the
 * handler, whose listeners may block, runs on Reactor's bounded-elastic scheduler, never on an event loop.
 */
@AutoConfiguration(after = WeComAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnBean(WeComApps.class)
public class WeComCallbackReactiveConfiguration {

    /** Creates the configuration; Spring calls it. */
    public WeComCallbackReactiveConfiguration() {}

    /**
     * Routes the callback paths to their apps' handlers.
     *
     * @param apps the registry
     * @return the router function
     */
    @Bean
    public RouterFunction<ServerResponse> weComReactiveCallbackRouter(WeComApps apps) {
        return request -> Mono.justOrEmpty(handlerFor(apps, request))
                .<HandlerFunction<ServerResponse>>map(handler -> callback -> handle(handler, callback));
    }

    private static Optional<CallbackHandler> handlerFor(WeComApps apps, ServerRequest request) {
        return apps.callbackHandlerFor(request.method().name(), request.path());
    }

    private static Mono<ServerResponse> handle(CallbackHandler handler, ServerRequest request) {
        String method = request.method().name();
        Mono<String> body = method.equals("POST")
                ? DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), handler.maxBodyBytes())
                        .map(buffer -> {
                            String text = buffer.toString(StandardCharsets.UTF_8);
                            DataBufferUtils.release(buffer);
                            return text;
                        })
                        .defaultIfEmpty("")
                : Mono.just("");
        return body.publishOn(Schedulers.boundedElastic())
                .map(text ->
                        handler.handle(method, name -> request.queryParam(name).orElse(null), text))
                .flatMap(WeComCallbackReactiveConfiguration::respond)
                .onErrorResume(DataBufferLimitException.class, tooLarge -> respondTooLarge(handler));
    }

    private static Mono<ServerResponse> respond(CallbackResponse answer) {
        return ServerResponse.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .bodyValue(answer.body());
    }

    private static Mono<ServerResponse> respondTooLarge(CallbackHandler handler) {
        CallbackResponse answer = handler.payloadTooLarge();
        return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .header("Connection", "close")
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .bodyValue(answer.body());
    }
}
