package labrepl.cloud.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import labrepl.cloud.dynamodb.item.Value;

/**
 * Keeps only the given document paths of an item. Paths that do not exist are left out;
 * list elements picked by index keep their order and close up, as in DynamoDB's answers.
 */
public final class Projection {

    private Projection() {
    }

    public static Map<String, Value> apply(Map<String, Value> item, List<Path> paths) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Path path : paths) {
            Value value = DocumentPaths.get(item, path);
            if (value != null) {
                insert(root, path.elements(), value);
            }
        }
        Map<String, Value> result = new LinkedHashMap<>();
        root.forEach((name, node) -> result.put(name, build(node)));
        return result;
    }

    /** Nodes under construction: maps of keys, sorted maps of list indexes, or finished values. */
    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> root, List<Path.Element> elements, Value value) {
        Map<Object, Object> node = (Map<Object, Object>) (Map<?, ?>) root;
        for (int i = 0; i < elements.size(); i++) {
            Object key = elements.get(i) instanceof Path.Key k ? k.name() : ((Path.Index) elements.get(i)).index();
            if (i == elements.size() - 1) {
                node.put(key, value);
            } else {
                boolean childIsList = elements.get(i + 1) instanceof Path.Index;
                node = (Map<Object, Object>) node.computeIfAbsent(key,
                        k -> childIsList ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Value build(Object node) {
        if (node instanceof Value value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<Value> values = new ArrayList<>();
            list.values().forEach(child -> values.add(build(child)));
            return new Value.L(values);
        }
        Map<String, Value> map = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((name, child) -> map.put(name, build(child)));
        return new Value.M(map);
    }
}
