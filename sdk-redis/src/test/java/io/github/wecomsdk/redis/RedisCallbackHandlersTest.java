package io.github.wecomsdk.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackResponse;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.testing.SignedCallback;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** WeCom's retry landing on another instance behind the load balancer is not processed twice. */
class RedisCallbackHandlersTest {

    private static final String TOKEN = "QDG6eK";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String CORP_ID = "wx5823bf96d3bd56c7";

    @Test
    void theSameEventDeliveredToTwoInstancesIsProcessedOnce() throws Exception {
        CallbackCrypto crypto = new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);
        AtomicInteger processed = new AtomicInteger();
        CallbackRouter router = CallbackRouter.builder()
                .on(EventType.CLICK, message -> {
                    processed.incrementAndGet();
                    return null;
                })
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (LocalRedis server = LocalRedis.start();
                WeComRedis first = WeComRedis.builder().uri(server.uri()).build();
                WeComRedis second = WeComRedis.builder().uri(server.uri()).build()) {
            List<CallbackHandler> instances = List.of(
                    CallbackHandler.builder(crypto, router)
                            .deduplicator(first.callbackDeduplicator())
                            .build(),
                    CallbackHandler.builder(crypto, router)
                            .deduplicator(second.callbackDeduplicator())
                            .build());
            for (int event = 0; event < 20; event++) {
                SignedCallback request = click(crypto, "MENU_" + event);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<CallbackResponse>> answers = new ArrayList<>();
                for (int delivery = 0; delivery < 4; delivery++) {
                    CallbackHandler instance = instances.get(delivery % 2);
                    answers.add(pool.submit(() -> {
                        go.await();
                        return instance.handle("POST", request.query(), request.body());
                    }));
                }
                go.countDown();
                for (Future<CallbackResponse> answer : answers) {
                    int status = answer.get().status();
                    assertEquals(true, status == 200 || status == 503, "status " + status);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(20, processed.get(), "20 distinct events, each processed once across both instances");
    }

    private static SignedCallback click(CallbackCrypto crypto, String key) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String xml = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[zhangsan]]>"
                + "</FromUserName><CreateTime>" + timestamp + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[click]]></Event><EventKey><![CDATA[" + key
                + "]]></EventKey><AgentID>1</AgentID></xml>";
        return SignedCallback.of(crypto, CORP_ID, xml, timestamp, "nonce-" + key);
    }
}
