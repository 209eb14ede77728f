package io.github.wecomsdk.benchmarks;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackDeduplicator;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Callback throughput on one thread for a ~1.3 KB {@code change_contact}/{@code create_user} event: signature
 * check and AES decryption, then the same plus parsing into the typed {@link ContactUserCreatedEvent}, then
 * the whole {@link CallbackHandler} path.
 *
 * <p>Run: {@code java -cp ... org.openjdk.jmh.Main CallbackBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallbackBenchmark {

    private static final String TOKEN = "Vq3kZ8pLm2Tx7Rb9";
    private static final String AES_KEY = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF3Gh";
    private static final String CORP_ID = "ww6b1c5d9e2f8a7c3d";
    private static final String TIMESTAMP = "1732500000";
    private static final String NONCE = "1372623149";

    private static final String CHANGE_CONTACT = "<xml>"
            + "<ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName>"
            + "<FromUserName><![CDATA[sys]]></FromUserName>"
            + "<CreateTime>1732500000</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType>"
            + "<Event><![CDATA[change_contact]]></Event>"
            + "<ChangeType>create_user</ChangeType>"
            + "<UserID><![CDATA[zhangsan]]></UserID>"
            + "<Name><![CDATA[张三]]></Name>"
            + "<Department><![CDATA[1,2,3]]></Department>"
            + "<MainDepartment>1</MainDepartment>"
            + "<IsLeaderInDept><![CDATA[1,0,0]]></IsLeaderInDept>"
            + "<DirectLeader><![CDATA[lisi,wangwu]]></DirectLeader>"
            + "<Position><![CDATA[产品经理]]></Position>"
            + "<Mobile>13800000000</Mobile>"
            + "<Gender>1</Gender>"
            + "<Email><![CDATA[zhangsan@gzdev.com]]></Email>"
            + "<BizMail><![CDATA[zhangsan@qyycs2.wecom.work]]></BizMail>"
            + "<Status>1</Status>"
            + "<Avatar><![CDATA[http://wx.qlogo.cn/mmopen/ajNVdqHZLLA3WJ6DSZUfiakYe37PKnQhBIeOQBO4czqrnZDS79FH5Wm5m4X69"
            + "TBicnHFlhiafvDwklOpZeXYQQ2icg/0]]></Avatar>"
            + "<Alias><![CDATA[zhangsan]]></Alias>"
            + "<Telephone><![CDATA[020-123456]]></Telephone>"
            + "<Address><![CDATA[广州市]]></Address>"
            + "<ExtAttr>"
            + "<Item><Name><![CDATA[爱好]]></Name><Type>0</Type><Text><Value><![CDATA[旅游]]></Value></Text></Item>"
            + "<Item><Name><![CDATA[卡号]]></Name><Type>1</Type><Web><Title><![CDATA[企业微信]]></Title>"
            + "<Url><![CDATA[https://work.weixin.qq.com]]></Url></Web></Item>"
            + "</ExtAttr>"
            + "</xml>";

    private CallbackCrypto crypto;
    private CallbackHandler handler;
    private Map<String, String> query;
    private String body;
    private String signature;

    /** Encrypts the event once, the way WeCom would post it. */
    @Setup
    public void setUp() {
        crypto = new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);
        String encrypted = crypto.encrypt(CHANGE_CONTACT);
        signature = crypto.signature(TIMESTAMP, NONCE, encrypted);
        body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";
        query = Map.of("msg_signature", signature, "timestamp", TIMESTAMP, "nonce", NONCE);
        CallbackRouter router = CallbackRouter.builder()
                .onChange(
                        EventType.CHANGE_CONTACT,
                        "create_user",
                        CallbackListener.typed(ContactUserCreatedEvent.class, e -> null))
                .build();
        handler = CallbackHandler.builder(crypto, router)
                .deduplicator(CallbackDeduplicator.none())
                .clock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(TIMESTAMP)), ZoneOffset.UTC))
                .build();
    }

    /**
     * Verifies the signature and decrypts the body.
     *
     * @return the plaintext XML
     */
    @Benchmark
    public String verifyAndDecrypt() {
        return crypto.decrypt(signature, TIMESTAMP, NONCE, body);
    }

    /**
     * Verifies, decrypts and parses into the typed event.
     *
     * @return the typed event
     */
    @Benchmark
    public Object verifyDecryptAndParse() {
        return CallbackMessage.parse(crypto.decrypt(signature, TIMESTAMP, NONCE, body))
                .payload();
    }

    /**
     * The whole handler path without HTTP: verify, decrypt, timestamp check, parse, key, in-flight
     * tracking, routing and a typed listener (deduplication off, so each call is delivered).
     *
     * @return the response
     */
    @Benchmark
    public Object handlePost() {
        return handler.handle("POST", query, body);
    }
}
