package io.github.wecomsdk.payment.internal;

import io.github.wecomsdk.core.WeComValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Mutual TLS for the merchant API: the merchant's PKCS#12 certificate ({@code apiclient_cert.p12}) as
 * the client key, and the trusted server certificates (the JVM's by default). Errors name the problem,
 * never the password.
 */
public final class Tls {

    private Tls() {}

    /**
     * Opens a PKCS#12 certificate and checks it holds a private key and a certificate valid now.
     *
     * @param p12      the file's bytes
     * @param password the password (by WeChat Pay's convention the merchant id)
     * @param clock    the clock the validity is checked against
     * @return the key managers
     * @throws WeComValidationException if the file cannot be opened, has no key, or has expired
     */
    public static KeyManager[] keyManagers(byte[] p12, char[] password, Clock clock) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), password);
        } catch (IOException | GeneralSecurityException e) {
            throw new WeComValidationException("The merchant certificate could not be opened: the password is wrong"
                    + " (by WeChat Pay's convention it is the merchant id) or the file is not the PKCS#12"
                    + " apiclient_cert.p12 from the merchant platform ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            String keyAlias = null;
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keyAlias = alias;
                    break;
                }
            }
            if (keyAlias == null) {
                throw new WeComValidationException("The merchant certificate holds no private key: use"
                        + " apiclient_cert.p12 from the merchant platform, not a certificate alone");
            }
            Certificate certificate = store.getCertificate(keyAlias);
            if (certificate instanceof X509Certificate x509
                    && x509.getNotAfter().toInstant().isBefore(clock.instant())) {
                throw new WeComValidationException("The merchant certificate expired on "
                        + x509.getNotAfter().toInstant()
                        + ": download a new apiclient_cert.p12 from the merchant platform (API安全)");
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw new WeComValidationException("The merchant certificate's key could not be read with the given"
                    + " password (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The trust manager for the merchant API's server certificate.
     *
     * @param trusted certificates to trust instead of the JVM's, or empty for the JVM's
     * @return the trust manager
     */
    public static X509TrustManager trustManager(List<X509Certificate> trusted) {
        try {
            KeyStore store = null;
            if (!trusted.isEmpty()) {
                store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                for (int i = 0; i < trusted.size(); i++) {
                    store.setCertificateEntry("trusted-" + i, trusted.get(i));
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("The JVM offers no X509TrustManager");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up the trusted certificates", e);
        }
    }

    /**
     * A TLS context presenting the merchant certificate.
     *
     * @param keys  the key managers
     * @param trust the trust manager
     * @return the context
     */
    public static SSLContext context(KeyManager[] keys, X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up TLS", e);
        }
    }
}
