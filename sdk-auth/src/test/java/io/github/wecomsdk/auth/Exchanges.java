package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Assertions on links, parameter by parameter (requests to MockWeCom are checked with its
 * {@code takeGet}/{@code takePost}).
 */
final class Exchanges {

    private Exchanges() {}

    /** The raw (still encoded) query parameters of a link, in order; a repeated name fails. */
    static Map<String, String> rawQuery(String link) {
        URI uri = URI.create(link);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String previous = parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
            assertEquals(null, previous, "parameter " + pair.substring(0, eq) + " appears once");
        }
        return parameters;
    }

    static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
