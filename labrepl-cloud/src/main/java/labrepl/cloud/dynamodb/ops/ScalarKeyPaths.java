package labrepl.cloud.dynamodb.ops;

import java.util.Collection;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.Table;

/**
 * Key attributes are scalars: an expression may not reach into one with {@code a.b} or
 * {@code a[0]}. Checked against the table's keys, then its indexes' keys.
 */
final class ScalarKeyPaths {

    private ScalarKeyPaths() {
    }

    static void check(Table table, Collection<Path> paths) {
        if (paths == null || paths.stream().allMatch(Path::isTopLevel)) {
            return;
        }
        for (KeyAttribute key : table.keySchema().attributes()) {
            if (reachesInto(paths, key.name())) {
                throw notScalar("Key: " + key.name());
            }
        }
        for (IndexDefinition index : table.definition().indexes()) {
            for (KeyAttribute key : index.keySchema().attributes()) {
                if (!table.keySchema().has(key.name()) && reachesInto(paths, key.name())) {
                    throw notScalar("IndexKey: " + key.name());
                }
            }
        }
    }

    private static boolean reachesInto(Collection<Path> paths, String attribute) {
        return paths.stream().anyMatch(path -> !path.isTopLevel() && path.attribute().equals(attribute));
    }

    private static DynamoDbError notScalar(String which) {
        return DynamoDbError.validation("Key attributes must be scalars; list random access '[]' and map lookup '.'"
                + " are not allowed: " + which);
    }
}
