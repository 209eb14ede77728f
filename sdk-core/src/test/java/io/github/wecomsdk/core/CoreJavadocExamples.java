package io.github.wecomsdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackHttpHandler;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.CallbackPayloadMapping;
import io.github.wecomsdk.core.callback.CallbackPayloadRegistry;
import io.github.wecomsdk.core.callback.CallbackResponse;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled twins of the Java examples in sdk-core's Javadoc, checked by {@link CoreJavadocExamplesTest}:
 * each method holds one example verbatim, the names it assumes being parameters or members of this class.
 */
class CoreJavadocExamples {

    private final Logger log = LoggerFactory.getLogger(CoreJavadocExamples.class);

    /** What the examples' listeners handed on, for the tests that run them. */
    final List<Object> synced = new ArrayList<>();

    final List<String> logged = new ArrayList<>();

    /** The stand-in for WeCom's {@code kf_account_auth_change} event in the {@link CallbackPayloadMapping} example. */
    record KfAccountAuthChange(CallbackHeader header, String addedOpenKfId) implements CallbackPayload {}

    /** The part of a servlet request the {@link CallbackHandler} example uses. */
    interface ServletRequest {
        String getMethod();

        String getParameter(String name);
    }

    /** The part of a servlet response the {@link CallbackHandler} example uses. */
    interface ServletResponse {
        void setStatus(int status);

        void setContentType(String contentType);

        OutputStream getOutputStream() throws IOException;
    }

    // PagedIterable
    List<String> pagedIterable(PagedIterable<String> userIds) {
        for (String userId : userIds) { // every item, page by page
            sync(userId);
        }
        List<String> firstTen = userIds.stream().limit(10).toList(); // at most the pages needed
        for (List<String> page : userIds.byPage()) { // the pages as WeCom answered them
            syncAll(page);
        }
        return firstTen;
    }

    // callback/package-info
    HttpServer callbackPackage(String token, String aesKey, String corpId) throws IOException {
        CallbackRouter router = CallbackRouter.builder()
                .on(MsgType.TEXT, m -> PassiveReply.text("received"))
                .onChange(
                        EventType.CHANGE_CONTACT,
                        "create_user",
                        CallbackListener.typed(ContactUserCreatedEvent.class, e -> {
                            sync(e.user());
                            return null;
                        }))
                .fallback(m -> {
                    log.info("unhandled {}", m.rawXml());
                    return null;
                })
                .build();
        CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, aesKey, corpId), router)
                .build();
        HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
        server.createContext("/wecom/callback", new CallbackHttpHandler(handler));
        server.start();
        return server;
    }

    // callback/CallbackRouter
    CallbackRouter callbackRouter() {
        CallbackRouter router = CallbackRouter.builder()
                .on(MsgType.TEXT, m -> PassiveReply.text("got it"))
                .on(EventType.ENTER_AGENT, m -> null)
                .onChange("change_contact", "create_user", m -> {
                    sync(m.payload());
                    return null;
                })
                .fallback(m -> {
                    log(m.rawXml());
                    return null;
                })
                .build();
        return router;
    }

    // callback/CallbackHandler
    void callbackHandler(
            CallbackRouter router,
            String token,
            String aesKey,
            String corpId,
            ServletRequest request,
            ServletResponse response,
            String body,
            HttpServer server)
            throws IOException {
        CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, aesKey, corpId), router)
                .build();

        // Servlet / Spring MVC
        CallbackResponse r = handler.handle(request.getMethod(), request::getParameter, body);
        response.setStatus(r.status());
        response.setContentType(r.contentType());
        response.getOutputStream().write(r.bodyBytes());

        // JDK HttpServer
        server.createContext("/wecom/callback", new CallbackHttpHandler(handler));
    }

    // callback/CallbackPayloadMapping
    public final class KfMappings implements CallbackPayloadMapping {
        public void register(CallbackPayloadRegistry.Builder registry) {
            registry.event(
                    "kf_account_auth_change",
                    (header, message) -> new KfAccountAuthChange(header, message.get("AuthAddOpenKfId")));
        }
    }

    // WeComClient
    JsonNode weComClient() {
        WeComClient client = WeComClient.builder()
                .corpId("ww...")
                .secret(System.getenv("WECOM_SECRET"))
                .agentId(1000002)
                .build();
        JsonNode user = client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
        return user;
    }

    private void sync(Object item) {
        synced.add(item);
    }

    private void syncAll(List<String> page) {
        synced.add(page);
    }

    private void log(String text) {
        logged.add(text);
    }
}
