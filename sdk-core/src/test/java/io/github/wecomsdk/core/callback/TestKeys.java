package io.github.wecomsdk.core.callback;

import java.util.random.RandomGenerator;

/** Test helpers: the callback endpoint's token, AES key and corp id, its crypto and envelope, a fixed random source. */
final class TestKeys {

    static final String TOKEN = "Vq3kZ8pLm2Tx7Rb9";
    static final String AES_KEY = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF3Gh";
    static final String CORP_ID = "ww6b1c5d9e2f8a7c3d";

    private TestKeys() {}

    static CallbackCrypto crypto() {
        return new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);
    }

    static String envelope(String encrypted) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
    }

    /** Yields the given bytes, then zeros. */
    static RandomGenerator fixedBytes(byte[] bytes) {
        return new RandomGenerator() {
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void nextBytes(byte[] out) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = next < bytes.length ? bytes[next++] : 0;
                }
            }
        };
    }

    static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
