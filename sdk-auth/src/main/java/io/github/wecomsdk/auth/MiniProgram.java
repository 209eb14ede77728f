package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mini programs of the corp (企业微信小程序): the sign-in code exchange and the user data the mini
 * program receives encrypted with the session key. Immutable and thread-safe.
 *
 * <pre>{@code
 * MiniProgramSession session = auth.miniProgram().codeToSession(jsCode);   // from wx.qy.login
 * keepOnTheServer(session.userId(), session.sessionKey());
 * MiniProgramUserData data = auth.miniProgram().decryptUserData(sessionKey, encryptedData, iv, appId);
 * }</pre>
 *
 * <p>The client must be the one of the WeCom app the mini program is linked to (its secret), on the
 * corp id (not the mini program's appid).
 */
public final class MiniProgram {

    static final String JSCODE2SESSION = "/cgi-bin/miniprogram/jscode2session";

    private final WeComClient once;

    MiniProgram(WeComClient once) {
        this.once = once;
    }

    /**
     * Exchanges a mini program's login code: {@code GET /cgi-bin/miniprogram/jscode2session} with
     * {@code js_code} and {@code grant_type=authorization_code}. Sent once and never retried: the code is
     * single use.
     *
     * @param jsCode the code from {@code wx.qy.login}
     * @return the corp, the userid and the session key (a secret: never logged, never in
     *         {@code toString()})
     * @throws WeComValidationException if the code is blank; nothing was sent
     * @throws WeComApiException        40029 for a used or expired code, with what to do; the code may be
     *                                  spent
     */
    public MiniProgramSession codeToSession(String jsCode) {
        Checks.notBlank(jsCode, "js_code");
        try {
            return once.execute(
                    ApiRequest.get(JSCODE2SESSION)
                            .query("js_code", jsCode)
                            .query("grant_type", "authorization_code")
                            .build(),
                    MiniProgramSession.class);
        } catch (WeComApiException e) {
            throw CodeErrors.explain(e, "js_code");
        }
    }

    /**
     * Decrypts and checks user data a mini program API returned encrypted ({@code encryptedData} and
     * {@code iv} of {@code wx.qy.getEnterpriseUserInfo}, {@code wx.qy.getMobile} ...), as WeCom
     * documents: AES-128-CBC with PKCS#7 padding, key = Base64-decoded session key, IV = Base64-decoded
     * {@code iv}; the watermark's appid must be the mini program's appid. Nothing is sent to WeCom.
     *
     * @param sessionKey       the session key from {@link #codeToSession(String)}
     * @param encryptedData    the Base64 {@code encryptedData}, exactly as the mini program got it
     * @param iv               the Base64 {@code iv}
     * @param miniProgramAppId the mini program's appid (not the corp id), which the watermark must carry
     * @return the decrypted fields
     * @throws WeComValidationException  if an argument is blank
     * @throws MiniProgramDataException if the data does not decrypt with this key, is not JSON, or was
     *                                   made for another mini program
     */
    public MiniProgramUserData decryptUserData(
            String sessionKey, String encryptedData, String iv, String miniProgramAppId) {
        Checks.notBlank(sessionKey, "session_key");
        Checks.notBlank(encryptedData, "encryptedData");
        Checks.notBlank(iv, "iv");
        Checks.notBlank(miniProgramAppId, "miniProgramAppId");
        byte[] key = base64(sessionKey, "session_key", 16);
        byte[] ivBytes = base64(iv, "iv", 16);
        byte[] cipherText = base64(encryptedData, "encryptedData", -1);
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(ivBytes));
            plain = cipher.doFinal(cipherText);
        } catch (GeneralSecurityException e) {
            throw new MiniProgramDataException(
                    "encryptedData does not decrypt with this session_key (the user"
                            + " may have signed in again since: use the session_key of the latest codeToSession)",
                    null);
        }
        MiniProgramUserData data;
        try {
            data = once.objectMapper().readValue(plain, MiniProgramUserData.class);
        } catch (java.io.IOException e) {
            throw new MiniProgramDataException(
                    "encryptedData decrypted to something that is not the JSON WeCom" + " documents", null);
        }
        if (data.watermark() == null
                || !miniProgramAppId.equals(data.watermark().appId())) {
            throw new MiniProgramDataException(
                    "The data's watermark appid is "
                            + (data.watermark() == null
                                    ? "missing"
                                    : "'" + data.watermark().appId() + "'")
                            + ", not the mini program's appid '" + miniProgramAppId + "': it was made for another mini"
                            + " program (or pass the mini program's appid, not the corp id)",
                    null);
        }
        return data;
    }

    /**
     * Checks the {@code signature} a mini program API returned with {@code rawData}:
     * {@code sha1(rawData + session_key)} in hex, compared in constant time. Nothing is sent to WeCom.
     *
     * @param sessionKey the session key from {@link #codeToSession(String)}
     * @param rawData    the {@code rawData} string exactly as received
     * @param signature  the {@code signature} received with it
     * @return {@code true} if the data was signed with this session key
     * @throws WeComValidationException if an argument is blank
     */
    public boolean isRawDataSignatureValid(String sessionKey, String rawData, String signature) {
        Checks.notBlank(sessionKey, "session_key");
        Checks.notNull(rawData, "rawData");
        Checks.notBlank(signature, "signature");
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((rawData + sessionKey).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(
                    HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII),
                    signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static byte[] base64(String value, String field, int expectedLength) {
        String trimmed = value.strip();
        if (trimmed.indexOf(' ') >= 0) {
            throw new MiniProgramDataException(
                    field + " contains a space: a '+' probably became a space on the"
                            + " way; send it in a JSON body rather than a form or query",
                    null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new MiniProgramDataException(field + " is not Base64", null);
        }
        if (expectedLength > 0 && bytes.length != expectedLength) {
            throw new MiniProgramDataException(
                    field + " must decode to " + expectedLength + " bytes; got " + bytes.length, null);
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "MiniProgram[corpId=" + once.corpId() + "]";
    }
}
