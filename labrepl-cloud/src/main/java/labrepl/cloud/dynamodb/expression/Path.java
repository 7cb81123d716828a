package labrepl.cloud.dynamodb.expression;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document path: a top-level attribute name, then map keys and list indexes, as in
 * {@code a.b[2].c}. Names are already resolved from their {@code #placeholders}.
 */
public record Path(List<Element> elements) {

    /** A step of a path: a map key (or the top-level attribute name) or a list index. */
    public sealed interface Element {
    }

    public record Key(String name) implements Element {
        @Override
        public String toString() {
            return name;
        }
    }

    public record Index(int index) implements Element {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    public Path {
        elements = List.copyOf(elements);
    }

    public static Path of(String attribute) {
        return new Path(List.of(new Key(attribute)));
    }

    /** The top-level attribute the path starts at. */
    public String attribute() {
        return ((Key) elements.get(0)).name();
    }

    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** DynamoDB's rendering in messages: {@code [a, b, [0]]}. */
    @Override
    public String toString() {
        return elements.stream().map(Element::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
