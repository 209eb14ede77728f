package io.github.wecomsdk.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads WeCom's answers: JSON bodies within a size cap, the {@code errcode} envelope, typed mapping,
 * and the "error envelope or file?" decision for downloads.
 */
public final class ResponseDecoder {

    /**
     * The largest body a download inspects as a possible error envelope. WeCom's error JSON is a few
     * hundred bytes; a file larger than this is never taken for one.
     */
    public static final int ENVELOPE_SNIFF_LIMIT = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger("io.github.wecomsdk.core.WeComClient");

    private final ObjectMapper mapper;
    private final long maxJsonBytes;

    /**
     * Creates a decoder.
     *
     * @param mapper       the JSON mapper
     * @param maxJsonBytes the largest JSON answer read; larger ones fail with
     *                     {@link WeComResponseException} without being read whole
     */
    public ResponseDecoder(ObjectMapper mapper, long maxJsonBytes) {
        this.mapper = mapper;
        this.maxJsonBytes = maxJsonBytes;
    }

    /**
     * Reads a JSON answer as a tree and checks its {@code errcode}.
     *
     * @param request  the request, for messages
     * @param response the HTTP response; its body is consumed and closed
     * @return the answer, {@code errcode} 0
     * @throws IOException if the body cannot be read
     */
    public JsonNode readJson(ApiRequest request, Response response) throws IOException {
        try (ResponseBody body = response.body()) {
            byte[] bytes = readCapped(request, body);
            return checkEnvelope(request, parseJson(request, bytes, body.contentType()));
        }
    }

    /**
     * Reads a typed answer in one pass over the bytes: {@code errcode} is peeked with the streaming
     * parser (WeCom sends it first, so this usually reads two tokens) and only an error answer is
     * parsed as a tree; a success is bound straight to the type.
     *
     * @param request  the request, for messages
     * @param response the HTTP response; its body is consumed and closed
     * @param reader   the reader for the type
     * @param typeName the type's name, for messages
     * @param <T>      the answer type
     * @return the answer
     * @throws IOException if the body cannot be read
     */
    public <T> T readTyped(ApiRequest request, Response response, ObjectReader reader, String typeName)
            throws IOException {
        byte[] bytes;
        MediaType contentType;
        try (ResponseBody body = response.body()) {
            bytes = readCapped(request, body);
            contentType = body.contentType();
        }
        if (peekErrcode(request, bytes, contentType) != 0) {
            checkEnvelope(request, parseJson(request, bytes, contentType));
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} answer: {}", request, Redaction.json(new String(bytes, StandardCharsets.UTF_8)));
        }
        try {
            return reader.readValue(bytes);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            throw new WeComResponseException(
                    "WeCom's answer to " + request + " does not fit " + typeName + ": " + Redaction.json(detail),
                    request.path(),
                    e);
        }
    }

    /**
     * Reads a body of at most the cap. A declared length over the cap fails before reading; an
     * undeclared one fails as soon as the cap is passed, so an oversized answer is never held whole.
     */
    private byte[] readCapped(ApiRequest request, ResponseBody body) throws IOException {
        long declared = body.contentLength();
        if (declared > maxJsonBytes) {
            throw tooLarge(request, declared + " bytes");
        }
        BufferedSource source = body.source();
        if (source.request(maxJsonBytes + 1)) {
            throw tooLarge(request, "more than " + maxJsonBytes + " bytes");
        }
        return source.readByteArray();
    }

    private WeComResponseException tooLarge(ApiRequest request, String size) {
        return new WeComResponseException(
                "WeCom's answer to " + request + " is " + size
                        + ", over the limit of " + maxJsonBytes + " bytes for a JSON answer; nothing was kept. Raise"
                        + " WeComClient.Builder.maxResponseBytes if this endpoint legitimately answers that much",
                request.path(),
                null);
    }

    private int peekErrcode(ApiRequest request, byte[] bytes, MediaType contentType) {
        if (bytes.length == 0) {
            throw new WeComResponseException("WeCom answered " + request + " with an empty body", request.path(), null);
        }
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new WeComResponseException(
                        "WeCom answered " + request + " with JSON that is not an object", request.path(), null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("errcode".equals(field)) {
                    if (value.isNumeric()) {
                        return parser.getIntValue();
                    }
                    // Anything else: let the tree-based check decide.
                    return value == JsonToken.VALUE_STRING && !"0".equals(parser.getText()) ? -2 : 0;
                }
                parser.skipChildren();
            }
            return 0;
        } catch (IOException e) {
            throw notJson(request, bytes.length, contentType, e);
        }
    }

    private JsonNode parseJson(ApiRequest request, byte[] bytes, MediaType contentType) {
        if (bytes.length == 0) {
            throw new WeComResponseException("WeCom answered " + request + " with an empty body", request.path(), null);
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (IOException e) {
            throw notJson(request, bytes.length, contentType, e);
        }
        if (node == null || !node.isObject()) {
            throw new WeComResponseException(
                    "WeCom answered " + request + " with JSON that is not an object", request.path(), null);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} answer: {}", request, Redaction.json(new String(bytes, StandardCharsets.UTF_8)));
        }
        return node;
    }

    private static WeComResponseException notJson(
            ApiRequest request, int length, MediaType contentType, IOException e) {
        return new WeComResponseException(
                "WeCom answered " + request + " with a body that is not JSON ("
                        + (contentType == null ? "no content type" : contentType) + ", " + length + " bytes)",
                request.path(),
                e);
    }

    private static JsonNode checkEnvelope(ApiRequest request, JsonNode node) {
        JsonNode errcode = node.get("errcode");
        if (errcode != null && errcode.asInt(0) != 0) {
            JsonNode errmsg = node.get("errmsg");
            throw new WeComApiException(errcode.asInt(), errmsg == null ? null : errmsg.asText(), request.path());
        }
        return node;
    }

    /**
     * Opens a file answer. WeCom answers a failed download with its JSON error envelope in place of
     * the file, under a JSON or text content type; files can have those types too. So the decision is
     * made on the body: an answer is an error only if the whole body is a small JSON object (at most
     * {@value #ENVELOPE_SNIFF_LIMIT} bytes) with a non-zero numeric {@code errcode}. Anything else is
     * the file, returned unread.
     *
     * @param request  the request, for messages
     * @param response the HTTP response
     * @return the body stream, positioned at the first byte of the file
     * @throws IOException if the first bytes cannot be read
     * @throws WeComApiException if the body is WeCom's error envelope (the response is then closed)
     */
    public InputStream openFile(ApiRequest request, Response response) throws IOException {
        ResponseBody body = response.body();
        BufferedSource source = body.source();
        long declared = body.contentLength();
        if (declared > ENVELOPE_SNIFF_LIMIT || !startsWithBrace(source)) {
            return source.inputStream();
        }
        if (source.request(ENVELOPE_SNIFF_LIMIT + 1L)) {
            return source.inputStream();
        }
        byte[] whole = source.peek().readByteArray();
        int errcode = envelopeErrcode(whole);
        if (errcode != 0) {
            response.close();
            JsonNode errmsg = null;
            try {
                errmsg = mapper.readTree(whole).get("errmsg");
            } catch (IOException ignored) {
                // the errcode alone is enough
            }
            throw new WeComApiException(errcode, errmsg == null ? null : errmsg.asText(), request.path());
        }
        return source.inputStream();
    }

    private static boolean startsWithBrace(BufferedSource source) throws IOException {
        for (long i = 0; i < 16 && source.request(i + 1); i++) {
            byte b = source.getBuffer().getByte(i);
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return false;
    }

    /** The numeric errcode of a complete JSON object, or 0 if the bytes are not one or have none. */
    private int envelopeErrcode(byte[] bytes) {
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            int errcode = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("errcode".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    errcode = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null ? errcode : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
