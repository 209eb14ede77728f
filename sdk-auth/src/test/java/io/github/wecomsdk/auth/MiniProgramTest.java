package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MiniProgramTest {

    /** WeChat's official decryption sample (aes-sample), the algorithm WeCom's mini-program docs refer to. */
    private static final String SAMPLE_APPID = "wx4f4bc4dec97d474b";

    private static final String SAMPLE_SESSION_KEY = "tiihtNczf5v6AKRyjwEUhQ==";
    private static final String SAMPLE_IV = "r7BXXKkLb8qrSNn05n0qiA==";
    private static final String SAMPLE_DATA = "CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZM\nQmRzooG2xrDcvSnxIMXFufNstNGTyaGS\n"
            + "9uT5geRa0W4oTOb1WT7fJlAC+oNPdbB+\n3hVbJSRgv+4lGOETKUQz6OYStslQ142d\nNCuabNPGBzlooOmB231qMM85d2/fV6Ch\n"
            + "evvXvQP8Hkue1poOFtnEtpyxVLW1zAo6\n/1Xx1COxFvrc2d7UL/lmHInNlxuacJXw\nu0fjpXfz/YqYzBIBzD6WUfTIF9GRHpOn\n"
            + "/Hz7saL8xz+W//FRAUid1OksQaQx4CMs\n8LOddcQhULW4ucetDf96JcR3g0gfRK4P\nC7E/r7Z6xNrXd2UIeorGj5Ef7b1pJAYB\n"
            + "6Y5anaHqZ9J6nKEBvB4DnNLIVWSgARns\n/8wR2SiRS7MNACwTyrGvt9ts8p12PKFd\nlqYTopNHR1Vf7XjfhQlVsAJdNiKdYmYV\n"
            + "oKlaRv85IfVunYzO0IKXsyl7JCUjCpoG\n20f0a04COwfneQAGGwd5oa+T8yO5hzuy\nDb/XcxxmK01EpqOyuxINew==";

    /** Made once by fixtures/auth/make-miniprogram-vector.py, shaped like wx.qy.getEnterpriseUserInfo's data. */
    private static final String WECOM_SESSION_KEY = "kJtdi6RF+Dv67QkbLlPGjw==";

    private static final String WECOM_IV = "AAECAwQFBgcICQoLDA0ODw==";
    private static final String WECOM_DATA =
            "WMi7L6W7kBQuggRSYEx1VVSDWGdh+bszbgc5nz0/aKlZuP6007Y79u+iTAEPVXezvGNOhzyU3LJD"
                    + "YazQibMb6lOjF0XAMihPAY/yF2Bw8IFPu7r/E+MLeNQLWxuyZSYWKSMKSYOBNjLn8pHkvlzbkvoID/PVXKejlOl+LWNoaxinBvKgZXbf"
                    + "2B7zWAr82grA";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final MiniProgram miniProgram = Auth.of(wecom.client()).miniProgram();

    @Test
    void exchangesTheCodeWithItsGrantTypeAndDecodesWeComsSample() {
        wecom.enqueueFixture("fixtures/auth/jscode2session.json");

        MiniProgramSession session = miniProgram.codeToSession("JSCODE");

        wecom.takeGet("/cgi-bin/miniprogram/jscode2session", "js_code", "JSCODE", "grant_type", "authorization_code");
        assertEquals("CORPID", session.corpId());
        assertEquals("USERID", session.userId());
        assertEquals("kJtdi6RF+Dv67QkbLlPGjw==", session.sessionKey());
        assertEquals(Map.of(), session.otherFields());
    }

    @Test
    void theSessionKeyNeverShowsInToString() {
        wecom.enqueueFixture("fixtures/auth/jscode2session.json");
        MiniProgramSession session = miniProgram.codeToSession("JSCODE");
        assertFalse(session.toString().contains("kJtdi6RF"), session.toString());
        assertTrue(session.toString().contains("USERID"));
    }

    @Test
    void aUsedCodeIsExplainedAndNotRetried() {
        wecom.enqueueJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"busy\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> miniProgram.codeToSession("USED"));
        assertTrue(e.getMessage().contains("js_code was already used"), e.getMessage());
        assertThrows(WeComApiException.class, () -> miniProgram.codeToSession("BUSY"));
        wecom.takeRequest();
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
        assertThrows(WeComValidationException.class, () -> miniProgram.codeToSession(""));
    }

    @Test
    void decryptsTheOfficialSample() {
        MiniProgramUserData data =
                miniProgram.decryptUserData(SAMPLE_SESSION_KEY, SAMPLE_DATA, SAMPLE_IV, SAMPLE_APPID);

        assertEquals(SAMPLE_APPID, data.watermark().appId());
        assertEquals(1477314187L, data.watermark().timestamp());
        assertEquals("oGZUI0egBJY1zhBYw2KhdUfwVJJE", data.otherFields().get("openId"));
        assertEquals("Band", data.otherFields().get("nickName"));
        assertEquals(1, data.otherFields().get("gender"));
    }

    @Test
    void decryptsWeComShapedUserInfo() {
        MiniProgramUserData data =
                miniProgram.decryptUserData(WECOM_SESSION_KEY, WECOM_DATA, WECOM_IV, "wx0123456789abcdef");

        assertEquals("wwfakecorp000001", data.corpId());
        assertEquals("zhangsan", data.userId());
        assertEquals("张三", data.otherFields().get("name"));
        assertEquals(1, data.otherFields().get("gender"));
        assertEquals(1700000000L, data.watermark().timestamp());
    }

    @Test
    void dataForAnotherMiniProgramIsRefused() {
        MiniProgramDataException e = assertThrows(
                MiniProgramDataException.class,
                () -> miniProgram.decryptUserData(WECOM_SESSION_KEY, WECOM_DATA, WECOM_IV, "wwfakecorp000001"));
        assertTrue(e.getMessage().contains("another mini program"), e.getMessage());
    }

    @Test
    void aWrongKeyOrAlteredDataIsRefusedWithoutShowingEither() {
        String otherKey = "AAAAAAAAAAAAAAAAAAAAAA==";
        MiniProgramDataException wrongKey = assertThrows(
                MiniProgramDataException.class,
                () -> miniProgram.decryptUserData(otherKey, WECOM_DATA, WECOM_IV, "wx0123456789abcdef"));
        assertFalse(wrongKey.getMessage().contains(otherKey), wrongKey.getMessage());
        assertFalse(wrongKey.getMessage().contains(WECOM_DATA.substring(0, 10)), wrongKey.getMessage());

        String altered = "A" + WECOM_DATA.substring(1);
        assertThrows(
                MiniProgramDataException.class,
                () -> miniProgram.decryptUserData(WECOM_SESSION_KEY, altered, WECOM_IV, "wx0123456789abcdef"));
    }

    @Test
    void aPlusTurnedIntoASpaceIsNamed() {
        String mangled = WECOM_DATA.replace('+', ' ');
        MiniProgramDataException e = assertThrows(
                MiniProgramDataException.class,
                () -> miniProgram.decryptUserData(WECOM_SESSION_KEY, mangled, WECOM_IV, "wx0123456789abcdef"));
        assertTrue(e.getMessage().contains("'+' probably became a space"), e.getMessage());
        assertThrows(
                MiniProgramDataException.class,
                () -> miniProgram.decryptUserData("c2hvcnQ=", WECOM_DATA, WECOM_IV, "wx0123456789abcdef"));
    }

    @Test
    void checksTheRawDataSignatureOfTheOfficialExample() {
        String rawData = "{\"nickName\":\"Band\",\"gender\":1,\"language\":\"zh_CN\",\"city\":\"Guangzhou\","
                + "\"province\":\"Guangdong\",\"country\":\"CN\",\"avatarUrl\":\"http://wx.qlogo.cn/mmopen/vi_32/"
                + "1vZvI39NWFQ9XM4LtQpFrQJ1xlgZxx3w7bQxKARol6503Iuswjjn6nIGBiaycAjAtpujxyzYsrztuuICqIM5ibXQ/0\"}";
        assertTrue(miniProgram.isRawDataSignatureValid(
                "HyVFkGl5F5OQWJZZaNzBBg==", rawData, "75e81ceda165f4ffa64f4068af58c64b8f54b88c"));
        assertFalse(miniProgram.isRawDataSignatureValid(
                "HyVFkGl5F5OQWJZZaNzBBg==", rawData + " ", "75e81ceda165f4ffa64f4068af58c64b8f54b88c"));
        assertFalse(miniProgram.isRawDataSignatureValid(
                "AAAAAAAAAAAAAAAAAAAAAA==", rawData, "75e81ceda165f4ffa64f4068af58c64b8f54b88c"));
    }
}
