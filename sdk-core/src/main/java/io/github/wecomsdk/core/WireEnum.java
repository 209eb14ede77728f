package io.github.wecomsdk.core;

/**
 * A WeCom value with a fixed set of meanings (a status, a type, a scene), as an enum.
 *
 * <p>The convention every module follows: the enum implements this interface; its
 * {@link #wireValue()} is exactly what WeCom sends and receives (an {@code Integer} or a
 * {@code String}); it has a static {@code fromWire(V)} that never throws and answers a constant named
 * {@code UNKNOWN} (whose wire value is {@code null}) for a value WeCom added later. A response record
 * that carries such a value keeps the raw wire value as well, so nothing WeCom sent is lost.
 *
 * @param <V> the wire type, {@code Integer} or {@code String}
 */
public interface WireEnum<V> {

    /**
     * The value as WeCom writes it.
     *
     * @return the wire value; {@code null} only for {@code UNKNOWN}
     */
    V wireValue();
}
