package io.github.wecomsdk.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answer fields {@link FakeMerchant} sends: success, protocol failure, business failure, signed or not. */
final class MerchantAnswers {

    private final String mchId;
    private final String apiKey;

    MerchantAnswers(String mchId, String apiKey) {
        this.mchId = mchId;
        this.apiKey = apiKey;
    }

    /** {@code return_code} and {@code result_code} SUCCESS. */
    static Map<String, String> success() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("return_code", "SUCCESS");
        a.put("return_msg", "ok");
        a.put("result_code", "SUCCESS");
        return a;
    }

    /** {@code return_code} FAIL: the request was refused before its business was looked at. */
    static Map<String, String> fail(String errCode, String message) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("return_code", "FAIL");
        a.put("return_msg", message);
        a.put("result_code", "FAIL");
        a.put("err_code", errCode);
        a.put("err_code_des", message);
        return a;
    }

    /** {@code return_code} SUCCESS, {@code result_code} FAIL: the business was refused. */
    Map<String, String> businessFail(String errCode, String message, boolean signed) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("return_code", "SUCCESS");
        a.put("return_msg", "ok");
        a.put("result_code", "FAIL");
        a.put("err_code", errCode);
        a.put("err_code_des", message);
        a.put("mch_id", mchId);
        return signed ? signed(a) : a;
    }

    /** Adds {@code sign}, made with the API key. */
    Map<String, String> signed(Map<String, String> answer) {
        answer.put("sign", FakeMerchantSignatures.sign(answer, apiKey));
        return answer;
    }
}
