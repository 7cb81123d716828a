package labrepl.cloud.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * Reads and rewrites the value at a document path. Values are immutable, so writing a
 * nested path rebuilds the maps and lists above it; the item map passed in is not changed.
 */
public final class DocumentPaths {

    private DocumentPaths() {
    }

    /** The value at the path, or null when any step is missing or of the wrong type. */
    public static Value get(Map<String, Value> item, Path path) {
        Value current = item.get(path.attribute());
        for (int i = 1; i < path.elements().size() && current != null; i++) {
            current = step(current, path.elements().get(i));
        }
        return current;
    }

    private static Value step(Value container, Path.Element element) {
        if (element instanceof Path.Key key && container instanceof Value.M map) {
            return map.value().get(key.name());
        }
        if (element instanceof Path.Index index && container instanceof Value.L list) {
            return index.index() < list.value().size() ? list.value().get(index.index()) : null;
        }
        return null;
    }

    /**
     * The item with the value written at the path. Every step above the last must exist; a
     * list index past the end appends, as DynamoDB does.
     */
    public static Map<String, Value> set(Map<String, Value> item, Path path, Value value) {
        Map<String, Value> result = new LinkedHashMap<>(item);
        if (path.isTopLevel()) {
            result.put(path.attribute(), value);
            return result;
        }
        Value top = item.get(path.attribute());
        if (top == null) {
            throw invalidPath();
        }
        result.put(path.attribute(), setIn(top, path.elements().subList(1, path.elements().size()), value));
        return result;
    }

    private static Value setIn(Value container, List<Path.Element> rest, Value value) {
        Path.Element first = rest.get(0);
        boolean last = rest.size() == 1;
        if (first instanceof Path.Key key && container instanceof Value.M map) {
            Map<String, Value> copy = new LinkedHashMap<>(map.value());
            if (last) {
                copy.put(key.name(), value);
            } else {
                Value child = copy.get(key.name());
                if (child == null) {
                    throw invalidPath();
                }
                copy.put(key.name(), setIn(child, rest.subList(1, rest.size()), value));
            }
            return new Value.M(copy);
        }
        if (first instanceof Path.Index index && container instanceof Value.L list) {
            List<Value> copy = new ArrayList<>(list.value());
            int i = index.index();
            if (last) {
                if (i < copy.size()) {
                    copy.set(i, value);
                } else {
                    copy.add(value);
                }
            } else {
                if (i >= copy.size()) {
                    throw invalidPath();
                }
                copy.set(i, setIn(copy.get(i), rest.subList(1, rest.size()), value));
            }
            return new Value.L(copy);
        }
        throw invalidPath();
    }

    /**
     * The item without the value at the path. A last step that does not exist changes nothing; a
     * step above it that does not exist, or is not a map (for a name) or a list (for an index), is
     * an invalid path.
     */
    public static Map<String, Value> remove(Map<String, Value> item, Path path) {
        Map<String, Value> result = new LinkedHashMap<>(item);
        if (path.isTopLevel()) {
            result.remove(path.attribute());
            return result;
        }
        Value top = item.get(path.attribute());
        if (top == null) {
            throw invalidPath();
        }
        result.put(path.attribute(), removeIn(top, path.elements().subList(1, path.elements().size())));
        return result;
    }

    private static Value removeIn(Value container, List<Path.Element> rest) {
        Path.Element first = rest.get(0);
        boolean last = rest.size() == 1;
        if (first instanceof Path.Key key && container instanceof Value.M map) {
            Value child = map.value().get(key.name());
            if (child == null) {
                if (last) {
                    return container;
                }
                throw invalidPath();
            }
            Map<String, Value> copy = new LinkedHashMap<>(map.value());
            if (last) {
                copy.remove(key.name());
            } else {
                copy.put(key.name(), removeIn(child, rest.subList(1, rest.size())));
            }
            return new Value.M(copy);
        }
        if (first instanceof Path.Index index && container instanceof Value.L list) {
            if (index.index() >= list.value().size()) {
                if (last) {
                    return container;
                }
                throw invalidPath();
            }
            List<Value> copy = new ArrayList<>(list.value());
            if (last) {
                copy.remove(index.index());
            } else {
                copy.set(index.index(), removeIn(copy.get(index.index()), rest.subList(1, rest.size())));
            }
            return new Value.L(copy);
        }
        throw invalidPath();
    }

    /** Whether the container the path's last step is taken from exists and has the right kind (map or list). */
    public static boolean hasParent(Map<String, Value> item, Path path) {
        if (path.isTopLevel()) {
            return true;
        }
        List<Path.Element> elements = path.elements();
        Value parent = get(item, new Path(elements.subList(0, elements.size() - 1)));
        return elements.get(elements.size() - 1) instanceof Path.Key ? parent instanceof Value.M
                : parent instanceof Value.L;
    }

    static DynamoDbError invalidPath() {
        return DynamoDbError.validation("The document path provided in the update expression is invalid for update");
    }
}
