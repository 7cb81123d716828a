package labrepl.cloud.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * HTTP header fields, looked up without regard to case and kept in the order they came, each
 * name with one or more values. Services read requests' headers and write responses' through
 * this, never through an HTTP server's own type.
 */
public final class HttpHeaders {

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private record Field(String name, List<String> values) {
    }

    /** The first value of {@code name}, or null when the field is absent. */
    public String first(String name) {
        Field field = fields.get(key(name));
        return field == null ? null : field.values.get(0);
    }

    /** Every value of {@code name} in the order received; empty when absent. */
    public List<String> all(String name) {
        Field field = fields.get(key(name));
        return field == null ? List.of() : Collections.unmodifiableList(field.values);
    }

    public boolean contains(String name) {
        return fields.containsKey(key(name));
    }

    /** The names present, spelt as they were first given. */
    public List<String> names() {
        List<String> names = new ArrayList<>(fields.size());
        fields.values().forEach(field -> names.add(field.name));
        return names;
    }

    /** Replaces every value of {@code name}. */
    public HttpHeaders set(String name, String value) {
        List<String> values = new ArrayList<>(1);
        values.add(value);
        fields.put(key(name), new Field(name, values));
        return this;
    }

    /** Adds a value to {@code name} (Set-Cookie, a repeated request header). */
    public HttpHeaders add(String name, String value) {
        fields.computeIfAbsent(key(name), k -> new Field(name, new ArrayList<>(1))).values.add(value);
        return this;
    }

    public HttpHeaders remove(String name) {
        fields.remove(key(name));
        return this;
    }

    /** Calls {@code action} with each name and its values, in order. */
    public void forEach(BiConsumer<String, List<String>> action) {
        fields.values().forEach(field -> action.accept(field.name, Collections.unmodifiableList(field.values)));
    }

    public HttpHeaders copy() {
        HttpHeaders copy = new HttpHeaders();
        forEach((name, values) -> values.forEach(value -> copy.add(name, value)));
        return copy;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        forEach((name, values) -> text.append(name).append(": ").append(String.join(", ", values)).append('\n'));
        return text.toString();
    }
}
