package io.github.wecomsdk.media;

import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/**
 * MockWebServer answers shaped like WeCom's media/get: whole files, ranges, and bodies cut off halfway
 * by a closed connection.
 */
final class MediaAnswers {

    private MediaAnswers() {}

    /** Deterministic pseudo-random content. */
    static byte[] content(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A 200 with the whole file and WeCom's headers. */
    static MockResponse whole(byte[] file, String contentType, String filename) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", contentType)
                .setHeader("Content-disposition", "attachment; filename=\"" + filename + "\"")
                .setHeader("Cache-Control", "no-cache, must-revalidate")
                .body(new Buffer().write(file))
                .build();
    }

    /**
     * A 200 that declares the whole file's length but sends only its first half before the server
     * closes the connection.
     */
    static MockResponse cutOff(byte[] file, String contentType, String filename) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", contentType)
                .setHeader("Content-disposition", "attachment; filename=\"" + filename + "\"")
                .body(new Buffer().write(file))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build();
    }

    /** A 206 with bytes {@code from} to {@code toInclusive} of the file. */
    static MockResponse range(byte[] file, int from, int toInclusive, String contentType) {
        return new MockResponse.Builder()
                .code(206)
                .setHeader("Content-Type", contentType)
                .setHeader("Accept-Ranges", "bytes")
                .setHeader("Content-Range", "bytes " + from + "-" + toInclusive + "/" + file.length)
                .body(new Buffer().write(file, from, toInclusive - from + 1))
                .build();
    }

    /** A 206 for bytes {@code from} to the end that sends only half of them before the connection closes. */
    static MockResponse rangeCutOff(byte[] file, int from, String contentType) {
        return new MockResponse.Builder()
                .code(206)
                .setHeader("Content-Type", contentType)
                .setHeader("Content-Range", "bytes " + from + "-" + (file.length - 1) + "/" + file.length)
                .body(new Buffer().write(file, from, file.length - from))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build();
    }
}
