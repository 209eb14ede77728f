package io.github.wecomsdk.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The fake merchant's own implementation of WeCom's two payment signatures ([90281]), written apart
 * from the SDK's so that each checks the other.
 */
final class FakeMerchantSignatures {

    private FakeMerchantSignatures() {}

    static String sign(Map<String, String> fields, String apiKey) {
        TreeMap<String, String> sorted = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (!name.equals("sign") && value != null && !value.isEmpty()) {
                sorted.put(name, value);
            }
        });
        return md5(joined(sorted) + "&key=" + apiKey);
    }

    static String workwxSign(Map<String, String> fields, Collection<String> covered, String secret) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String name : covered) {
            String value = fields.get(name);
            if (value != null && !value.isEmpty()) {
                sorted.put(name, value);
            }
        }
        return md5(joined(sorted) + "&secret=" + secret);
    }

    private static String joined(TreeMap<String, String> sorted) {
        StringJoiner text = new StringJoiner("&");
        sorted.forEach((name, value) -> text.add(name + "=" + value));
        return text.toString();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
