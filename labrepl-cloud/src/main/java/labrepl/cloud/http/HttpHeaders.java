package labrepl.cloud.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * HTTP header fields, looked up without regard to case and kept in the order they came, each
 * name with one or more values. Services read requests' headers and write responses' through
 * this, never through an HTTP server's own type.
 */
public final class HttpHeaders {

    /**
     * In the order they came. A request carries a dozen fields at most, so a scan with
     * equalsIgnoreCase finds one sooner than a map, and without a lower-cased copy of every name
     * looked up (which made a third of what the listener allocated per request).
     */
    private final List<Field> fields = new ArrayList<>();

    private record Field(String name, List<String> values) {
    }

    /** The first value of {@code name}, or null when the field is absent. */
    public String first(String name) {
        Field field = find(name);
        return field == null ? null : field.values.get(0);
    }

    /** Every value of {@code name} in the order received; empty when absent. */
    public List<String> all(String name) {
        Field field = find(name);
        return field == null ? List.of() : Collections.unmodifiableList(field.values);
    }

    public boolean contains(String name) {
        return find(name) != null;
    }

    /** The names present, spelt as they were first given. */
    public List<String> names() {
        List<String> names = new ArrayList<>(fields.size());
        fields.forEach(field -> names.add(field.name));
        return names;
    }

    /** Replaces every value of {@code name}, keeping its place among the others. */
    public HttpHeaders set(String name, String value) {
        List<String> values = new ArrayList<>(1);
        values.add(value);
        Field field = new Field(name, values);
        int index = indexOf(name);
        if (index < 0) {
            fields.add(field);
        } else {
            fields.set(index, field);
        }
        return this;
    }

    /** Adds a value to {@code name} (Set-Cookie, a repeated request header). */
    public HttpHeaders add(String name, String value) {
        Field field = find(name);
        if (field == null) {
            field = new Field(name, new ArrayList<>(1));
            fields.add(field);
        }
        field.values.add(value);
        return this;
    }

    public HttpHeaders remove(String name) {
        int index = indexOf(name);
        if (index >= 0) {
            fields.remove(index);
        }
        return this;
    }

    /** Calls {@code action} with each name and its values, in order. */
    public void forEach(BiConsumer<String, List<String>> action) {
        fields.forEach(field -> action.accept(field.name, Collections.unmodifiableList(field.values)));
    }

    public HttpHeaders copy() {
        HttpHeaders copy = new HttpHeaders();
        forEach((name, values) -> values.forEach(value -> copy.add(name, value)));
        return copy;
    }

    private Field find(String name) {
        int index = indexOf(name);
        return index < 0 ? null : fields.get(index);
    }

    private int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name.equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        forEach((name, values) -> text.append(name).append(": ").append(String.join(", ", values)).append('\n'));
        return text.toString();
    }
}
