package io.github.wecomsdk.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds {@link io.github.wecomsdk.core.TokenStore} keys. A secret only ever appears as the first
 * 16 hex digits of its SHA-256, so a key may be logged or shown in a cache dashboard.
 */
public final class CredentialKeys {

    private static final String PREFIX = "wecom:";

    private CredentialKeys() {}

    /**
     * The key of the access token of one corp and secret.
     *
     * @param corpId the corp
     * @param secret the app, contacts or customer-contact secret
     * @return a key like {@code wecom:access_token:ww123:3f2a...}
     */
    public static String accessToken(String corpId, String secret) {
        return PREFIX + "access_token:" + corpId + ":" + fingerprint(secret);
    }

    /**
     * The key of another credential of a corp, such as a jsapi ticket of an app.
     *
     * @param kind   the credential's kind, such as {@code jsapi_ticket}
     * @param corpId the corp
     * @param scope  what else tells credentials apart (an agent id, a secret fingerprint)
     * @return the key
     */
    public static String of(String kind, String corpId, String scope) {
        return PREFIX + kind + ":" + corpId + ":" + scope;
    }

    /**
     * A short one-way fingerprint of a secret.
     *
     * @param secret the secret
     * @return 16 hex digits
     */
    public static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
