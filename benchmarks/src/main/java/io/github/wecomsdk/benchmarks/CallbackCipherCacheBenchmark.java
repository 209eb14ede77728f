package io.github.wecomsdk.benchmarks;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
 * The choice behind {@code CallbackCrypto}'s per-thread caches: AES-CBC decryption and SHA-1 of a 1.4 KB
 * callback with a fresh {@link Cipher}/{@link MessageDigest} per call versus one cached per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallbackCipherCacheBenchmark {

    private static final byte[] KEY = Base64.getDecoder().decode("Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF3Gh=");
    private static final ThreadLocal<Cipher> CACHED_CIPHER =
            ThreadLocal.withInitial(CallbackCipherCacheBenchmark::newDecryptCipher);
    private static final ThreadLocal<MessageDigest> CACHED_SHA1 =
            ThreadLocal.withInitial(CallbackCipherCacheBenchmark::newSha1);

    private final SecretKeySpec key = new SecretKeySpec(KEY, "AES");
    private final IvParameterSpec iv = new IvParameterSpec(KEY, 0, 16);
    private byte[] ciphertext;

    /** Prepares 1,440 bytes of ciphertext, the size of the ~1.3 KB change_contact event. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, iv);
        ciphertext = cipher.doFinal(new byte[1440]);
    }

    /**
     * Decrypts with a new cipher each call.
     *
     * @return the plaintext
     * @throws GeneralSecurityException never with the JDK's providers
     */
    @Benchmark
    public byte[] decryptWithNewCipher() throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, iv);
        return cipher.doFinal(ciphertext);
    }

    /**
     * Decrypts with the thread's cached cipher.
     *
     * @return the plaintext
     * @throws GeneralSecurityException never with the JDK's providers
     */
    @Benchmark
    public byte[] decryptWithThreadLocalCipher() throws GeneralSecurityException {
        return CACHED_CIPHER.get().doFinal(ciphertext);
    }

    /**
     * Hashes with a new digest each call.
     *
     * @return the digest
     * @throws GeneralSecurityException never with the JDK's providers
     */
    @Benchmark
    public byte[] sha1WithNewDigest() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-1").digest(ciphertext);
    }

    /**
     * Hashes with the thread's cached digest.
     *
     * @return the digest
     */
    @Benchmark
    public byte[] sha1WithThreadLocalDigest() {
        return CACHED_SHA1.get().digest(ciphertext);
    }

    private static Cipher newDecryptCipher() {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "AES"), new IvParameterSpec(KEY, 0, 16));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
