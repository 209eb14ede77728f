package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One HTTP request to the fake, read in full, with the JSON helpers the endpoints share. */
final class FakeRequest {

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final ObjectMapper mapper;
    private ObjectNode json;

    FakeRequest(
            String method,
            String path,
            String rawQuery,
            Map<String, String> headers,
            byte[] body,
            ObjectMapper mapper) {
        this.method = method;
        this.path = path;
        this.query = parseQuery(rawQuery);
        this.headers = headers;
        this.body = body;
        this.mapper = mapper;
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** A query parameter, {@code null} if absent or blank. */
    String param(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A header by lower-case name, {@code null} if absent. */
    String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    byte[] body() {
        return body;
    }

    /** The body as a JSON object; WeCom answers 47001 to a body that is not one. */
    ObjectNode json() {
        if (json == null) {
            JsonNode node;
            try {
                node = body.length == 0 ? null : mapper.readTree(body);
            } catch (IOException e) {
                throw new ApiError(47001, "data format error: the body is not valid JSON");
            }
            if (node == null || !node.isObject()) {
                throw new ApiError(47001, "data format error: the body must be a JSON object");
            }
            json = (ObjectNode) node;
        }
        return json;
    }

    /** A text field, {@code null} if absent, null or blank; numbers are read as text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** A whole-number field, {@code null} if absent; numeric strings are accepted as WeCom does. */
    static Long number(JsonNode node, String field, int errcode) {
        JsonNode value = node.get(field);
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        return toLong(value, field, errcode);
    }

    /** A query parameter as a whole number, {@code null} if absent. */
    Long numberParam(String name, int errcode) {
        String value = param(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiError(errcode, "invalid " + name + ": " + value + " is not a number");
        }
    }

    private static long toLong(JsonNode value, String field, int errcode) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().strip());
            } catch (NumberFormatException e) {
                throw new ApiError(errcode, "invalid " + field + ": " + value.asText() + " is not a number");
            }
        }
        throw new ApiError(errcode, "invalid " + field + ": expected a number");
    }

    /** An array of whole numbers, {@code null} if absent. */
    static List<Long> numbers(JsonNode node, String field, int errcode) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new ApiError(errcode, "invalid " + field + ": expected an array of numbers");
        }
        List<Long> numbers = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            numbers.add(toLong(item, field, errcode));
        }
        return numbers;
    }

    /** An array of strings, {@code null} if absent. */
    static List<String> texts(JsonNode node, String field, int errcode) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new ApiError(errcode, "invalid " + field + ": expected an array of strings");
        }
        List<String> texts = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                throw new ApiError(errcode, "invalid " + field + ": expected an array of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }
}
