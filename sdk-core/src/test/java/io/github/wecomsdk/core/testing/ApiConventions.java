package io.github.wecomsdk.core.testing;

import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WireEnum;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a module's public API against {@code docs/api-conventions.md}: it walks every public type
 * reachable from the module's entry class (through public method signatures and record components,
 * staying inside the entry's package and its sub-packages) and reports every violation at once.
 *
 * <p>What it checks:
 * <ul>
 *   <li>a public {@code list…} method of a service (other than {@code listPage}) returns
 *       {@link PagedIterable};</li>
 *   <li>a {@link WireEnum} has a static {@code fromWire} and a constant {@code UNKNOWN};</li>
 *   <li>a record returned by a service method (and every record nested in it) implements
 *       {@link OtherFields}, unless it is a request ({@code …Request}, {@code …Query},
 *       {@code …Options}, {@code …Params}) or exempted with a reason;</li>
 *   <li>an enum reachable from such a response record implements {@link WireEnum};</li>
 *   <li>no public method takes a boxed {@code Boolean}, {@code Integer} or {@code Long}
 *       (positional nullable arguments);</li>
 *   <li>no public method or record component spells an id in lower case ({@code userid},
 *       {@code externalUserid}, {@code agentid}, …): Java names say {@code userId}.</li>
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void publicApiFollowsTheConvention() {
 *     ApiConventions.forModule(Apps.class).check();
 * }
 * }</pre>
 */
public final class ApiConventions {

    private static final Set<String> REQUEST_SUFFIXES = Set.of("Request", "Query", "Options", "Params");
    private static final Pattern LOWER_CASE_ID = Pattern.compile(
            "(user|User|agent|Agent|media|Media|chat|Chat|party|Party|tag|Tag|department|Department|job|Job"
                    + "|msg|Msg|corp|Corp|open|Open|task|Task|template|Template)id(s?)(?![a-z])");

    private final Class<?> entry;
    private final String basePackage;
    private final Map<Class<?>, String> exempt = new LinkedHashMap<>();

    private ApiConventions(Class<?> entry) {
        this.entry = entry;
        this.basePackage = entry.getPackageName();
    }

    /**
     * Starts a check of the module whose entry class is given.
     *
     * @param entry the module's entry class ({@code Contacts}, {@code Apps}, ...)
     * @return the check, to configure and run
     */
    public static ApiConventions forModule(Class<?> entry) {
        return new ApiConventions(entry);
    }

    /**
     * Shorthand for {@code forModule(entry).check()}.
     *
     * @param entry the module's entry class
     */
    public static void assertFollowed(Class<?> entry) {
        forModule(entry).check();
    }

    /**
     * Exempts a record from the unknown-fields rule, with the reason (a value computed locally, not
     * decoded from WeCom, for example).
     *
     * @param type   the record
     * @param reason why it is not a WeCom response
     * @return this check
     */
    public ApiConventions exempt(Class<?> type, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an exemption needs a reason");
        }
        exempt.put(type, reason);
        return this;
    }

    /**
     * Runs the check.
     *
     * @throws AssertionError listing every violation
     */
    public void check() {
        List<String> violations = new ArrayList<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Set<Class<?>> responses = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(entry);
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            if (!seen.add(type)) {
                continue;
            }
            checkType(type, violations, responses, pending);
        }
        Deque<Class<?>> nested = new ArrayDeque<>(responses);
        Set<Class<?>> checkedResponses = new LinkedHashSet<>();
        while (!nested.isEmpty()) {
            Class<?> type = nested.poll();
            if (!checkedResponses.add(type)) {
                continue;
            }
            if (type.isEnum()) {
                if (!WireEnum.class.isAssignableFrom(type)) {
                    violations.add(type.getName() + ": an enum read from WeCom must implement WireEnum");
                }
                continue;
            }
            if (!type.isRecord() || isRequest(type) || exempt.containsKey(type)) {
                continue;
            }
            if (!OtherFields.class.isAssignableFrom(type)) {
                violations.add(type.getName() + ": a response record must implement OtherFields");
            }
            for (RecordComponent component : type.getRecordComponents()) {
                for (Class<?> inner : moduleTypes(component.getGenericType())) {
                    nested.add(inner);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The public API of " + entry.getSimpleName()
                    + " breaks docs/api-conventions.md:\n  " + String.join("\n  ", violations));
        }
    }

    private void checkType(Class<?> type, List<String> violations, Set<Class<?>> responses, Deque<Class<?>> pending) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return;
        }
        if (type.isEnum() && WireEnum.class.isAssignableFrom(type)) {
            checkWireEnum(type, violations);
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                checkIdSpelling(type, component.getName(), violations);
                pending.addAll(moduleTypes(component.getGenericType()));
            }
        }
        for (Class<?> member : type.getDeclaredClasses()) {
            if (Modifier.isPublic(member.getModifiers())) {
                pending.add(member);
            }
        }
        boolean service = isService(type);
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class
                    || method.isSynthetic()
                    || method.isBridge()
                    || !method.getDeclaringClass().getPackageName().startsWith(basePackage)) {
                continue;
            }
            String where = type.getSimpleName() + "." + method.getName();
            checkIdSpelling(type, method.getName(), violations);
            // fromWire(Integer) and other static decoders of enums and records take what WeCom sent.
            boolean decoder = Modifier.isStatic(method.getModifiers())
                    && (type.isEnum() || type.isRecord())
                    && method.getName().startsWith("from");
            for (Class<?> parameter : method.getParameterTypes()) {
                if (!decoder && (parameter == Boolean.class || parameter == Integer.class || parameter == Long.class)) {
                    violations.add(where + ": takes a boxed " + parameter.getSimpleName()
                            + " (a positional nullable argument); use an overload or a request builder");
                }
            }
            pending.addAll(moduleTypes(method.getGenericReturnType()));
            for (Type parameter : method.getGenericParameterTypes()) {
                pending.addAll(moduleTypes(parameter));
            }
            if (!service || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            if (method.getName().startsWith("list")
                    && !method.getName().equals("listPage")
                    && method.getReturnType() != PagedIterable.class) {
                violations.add(where + ": a list call must return PagedIterable (or be named listPage)");
            }
            responses.addAll(moduleTypes(method.getGenericReturnType()));
        }
    }

    private boolean isService(Class<?> type) {
        return !type.isRecord()
                && !type.isEnum()
                && !type.isInterface()
                && !Throwable.class.isAssignableFrom(type)
                && !type.getSimpleName().endsWith("Builder");
    }

    private static boolean isRequest(Class<?> type) {
        return REQUEST_SUFFIXES.stream().anyMatch(type.getSimpleName()::endsWith);
    }

    private static void checkWireEnum(Class<?> type, List<String> violations) {
        boolean hasUnknown = false;
        for (Object constant : type.getEnumConstants()) {
            hasUnknown |= ((Enum<?>) constant).name().equals("UNKNOWN");
        }
        if (!hasUnknown) {
            violations.add(type.getName() + ": a WireEnum needs an UNKNOWN constant");
        }
        boolean hasFromWire = false;
        for (Method method : type.getDeclaredMethods()) {
            hasFromWire |= method.getName().equals("fromWire")
                    && Modifier.isStatic(method.getModifiers())
                    && Modifier.isPublic(method.getModifiers())
                    && method.getParameterCount() == 1
                    && method.getReturnType() == type;
        }
        if (!hasFromWire) {
            violations.add(type.getName() + ": a WireEnum needs a public static fromWire(value)");
        }
    }

    private static void checkIdSpelling(Class<?> type, String name, List<String> violations) {
        if (LOWER_CASE_ID.matcher(name).find()) {
            violations.add(type.getSimpleName() + "." + name + ": ids are spelled userId, agentId, ... in Java"
                    + " (WeCom's spelling belongs in @JsonProperty)");
        }
    }

    private List<Class<?>> moduleTypes(Type type) {
        List<Class<?>> found = new ArrayList<>();
        collect(type, found, new LinkedHashSet<>());
        return found;
    }

    private void collect(Type type, List<Class<?>> found, Set<Type> visiting) {
        if (type == null || !visiting.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), found, visiting);
            } else if (c.getPackageName().startsWith(basePackage)) {
                found.add(c);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), found, visiting);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, found, visiting);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, found, visiting);
            }
            for (Type bound : w.getLowerBounds()) {
                collect(bound, found, visiting);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), found, visiting);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                collect(bound, found, visiting);
            }
        }
    }
}
