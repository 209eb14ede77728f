package io.github.wecomsdk.payment;

import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import okhttp3.tls.HeldCertificate;

/** PKCS#12 files made from okhttp-tls certificates, as WeChat Pay's apiclient_cert.p12 would be. */
final class TestCertificates {

    private TestCertificates() {}

    static byte[] pkcs12(HeldCertificate held, HeldCertificate issuer, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "apiclient",
                held.keyPair().getPrivate(),
                password.toCharArray(),
                held == issuer
                        ? new Certificate[] {held.certificate()}
                        : new Certificate[] {held.certificate(), issuer.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password.toCharArray());
        return out.toByteArray();
    }
}
