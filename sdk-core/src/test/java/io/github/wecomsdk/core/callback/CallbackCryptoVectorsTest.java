package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CallbackCryptoVectorsTest {

    private static final String PHP_TOKEN = "QDG6eK";
    private static final String PHP_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String PHP_CORP = "wx5823bf96d3bd56c7";

    @Test
    void verifiesOfficialUrlCheckVectorFromPhpSample() {
        CallbackCrypto crypto = new CallbackCrypto(PHP_TOKEN, PHP_KEY, PHP_CORP);

        String echo = crypto.verifyUrl(
                "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
                "1409659589",
                "263014780",
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==");

        assertEquals("1616140317555161061", echo);
    }

    @Test
    void decryptsOfficialPostVectorWithThirtyBytePadding() {
        CallbackCrypto crypto = new CallbackCrypto(PHP_TOKEN, PHP_KEY, PHP_CORP);
        String body = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA["
                + "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3"
                + "W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ"
                + "+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSr"
                + "XJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m"
                + "3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==]]></Encrypt>"
                + "<AgentID><![CDATA[218]]></AgentID></xml>";

        String xml = crypto.decrypt("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", body);

        assertEquals(
                "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
                        + "<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n"
                        + "<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n"
                        + "<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>",
                xml);
        ReceivedTextMessage text =
                (ReceivedTextMessage) CallbackMessage.parse(xml).payload();
        assertEquals(4561255354251345929L, text.msgId());
        assertEquals(218L, text.header().agentId().getAsLong());
    }

    @Test
    void verifiesAndDecryptsOfficialPythonSampleVectors() {
        CallbackCrypto crypto = new CallbackCrypto(
                "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
                "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
                "ww1436e0e65a779aee");

        assertEquals(
                "1288432023552776189",
                crypto.verifyUrl(
                        "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb",
                        "1476416373",
                        "47744683",
                        "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA=="));
        String encrypt = "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgG"
                + "zBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5ja"
                + "U0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iEL"
                + "cDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+";
        String body = "<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";

        assertEquals(
                "<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName>"
                        + "<CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好</Content>"
                        + "<MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>",
                crypto.decrypt("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779", "1597212914", body));
    }

    @Test
    void verifiesAndDecryptsEveryVectorMadeByWecomCryptoNpmPackage() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Fixtures.callback("wecom-crypto-vectors.json"));
        CallbackCrypto crypto = new CallbackCrypto(
                root.get("token").asText(),
                root.get("encodingAESKey").asText(),
                root.get("receiveId").asText());
        assertTrue(root.get("vectors").size() >= 5);

        for (JsonNode v : root.get("vectors")) {
            String name = v.get("name").asText();
            String expected = v.get("message").asText();
            String timestamp = v.get("timestamp").asText();
            String nonce = v.get("nonce").asText();
            String encrypt = v.get("encrypt").asText();
            String signature = v.get("msgSignature").asText();

            assertEquals(expected, crypto.verifyUrl(signature, timestamp, nonce, encrypt), name);
            assertEquals(expected, crypto.decrypt(signature, timestamp, nonce, TestKeys.envelope(encrypt)), name);
            assertEquals(signature, crypto.signature(timestamp, nonce, encrypt), name);
        }
    }

    @Test
    void encryptsByteForByteLikeWecomCryptoNpmPackageGivenTheSameRandomPrefix() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Fixtures.callback("wecom-crypto-vectors.json"));

        for (JsonNode v : root.get("vectors")) {
            CallbackCrypto crypto = CallbackCrypto.builder()
                    .token(root.get("token").asText())
                    .encodingAesKey(root.get("encodingAESKey").asText())
                    .receiveId(root.get("receiveId").asText())
                    .random(TestKeys.fixedBytes(TestKeys.hex(v.get("random").asText())))
                    .build();

            assertEquals(
                    v.get("encrypt").asText(),
                    crypto.encrypt(v.get("message").asText()),
                    v.get("name").asText());
        }
    }

    @Test
    void parsesTheNpmChangeContactVectorIntoTheTypedEvent() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Fixtures.callback("wecom-crypto-vectors.json"));
        JsonNode v = null;
        for (JsonNode candidate : root.get("vectors")) {
            if (candidate.get("name").asText().equals("change-contact-create-user")) {
                v = candidate;
            }
        }
        CallbackCrypto crypto = TestKeys.crypto();

        String xml = crypto.decrypt(
                v.get("msgSignature").asText(),
                v.get("timestamp").asText(),
                v.get("nonce").asText(),
                TestKeys.envelope(v.get("encrypt").asText()));
        ContactUserCreatedEvent event =
                (ContactUserCreatedEvent) CallbackMessage.parse(xml).payload();

        assertEquals("zhangsan", event.user().userId());
        assertEquals("张三", event.user().name());
    }
}
