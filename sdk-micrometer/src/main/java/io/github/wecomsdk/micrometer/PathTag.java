package io.github.wecomsdk.micrometer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns an API path into a tag value with bounded cardinality: the query is cut off, anything that is
 * not a plain WeCom path becomes {@code other}, and past {@value #MAX_PATHS} distinct paths every new one
 * becomes {@code other} too.
 */
final class PathTag {

    /** The most distinct path tag values one {@link WeComMetrics} records. */
    static final int MAX_PATHS = 300;

    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9_/.-]*");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    String of(String path) {
        if (path == null) {
            return "other";
        }
        int query = path.indexOf('?');
        String plain = query >= 0 ? path.substring(0, query) : path;
        if (seen.contains(plain)) {
            return plain;
        }
        if (plain.length() > 100 || !PLAIN_PATH.matcher(plain).matches()) {
            return "other";
        }
        if (seen.size() >= MAX_PATHS) {
            return "other";
        }
        seen.add(plain);
        return plain;
    }
}
