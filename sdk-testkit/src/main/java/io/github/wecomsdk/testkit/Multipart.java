package io.github.wecomsdk.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code multipart/form-data} body into its parts; file names may be UTF-8, as WeCom allows. */
final class Multipart {

    record Part(String name, String filename, String contentType, byte[] content) {}

    private static final Pattern BOUNDARY =
            Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME =
            Pattern.compile("(?:^|;)\\s*filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private Multipart() {}

    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundaryMatch = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (boundaryMatch == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || !boundaryMatch.find()) {
            throw new ApiError(44001, "empty media data: the body must be multipart/form-data");
        }
        String boundary = boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(1);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int afterDelimiter = start + delimiter.length;
            if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                break;
            }
            int headersStart = afterDelimiter + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                break;
            }
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd);
            if (next < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, headersEnd + 4, next)));
            start = next + 2;
        }
        return parts;
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String filename = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                Matcher nameMatch = NAME.matcher(value);
                name = nameMatch.find() ? nameMatch.group(1) : null;
                Matcher fileMatch = FILENAME.matcher(value);
                filename = fileMatch.find() ? fileMatch.group(1) : null;
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        return new Part(name, filename, type, content);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
