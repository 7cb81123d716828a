package labrepl.cloud.dynamodb.ops;

import java.util.regex.Pattern;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * Reads the TableName member, which may be a name or (on operations other than
 * CreateTable) the table's ARN, and checks it against DynamoDB's naming rules.
 */
final class TableNames {

    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    private TableNames() {
    }

    /**
     * The name for CreateTable, DescribeTable and DeleteTable, which word a missing or
     * wrong-length name outside the usual constraint format.
     */
    static String readForTableOperation(String given, CloudIdentity identity, Constraints constraints) {
        if (given == null) {
            throw DynamoDbError.validation("The parameter 'TableName' is required but was not present in the request");
        }
        String name = withoutArn(given, identity);
        if (name.length() < 3 || name.length() > 255) {
            throw DynamoDbError.validation("TableName must be at least 3 characters long and at most 255 characters long");
        }
        constraints.pattern("tableName", name, NAME);
        return name;
    }

    private static String withoutArn(String given, CloudIdentity identity) {
        String prefix = identity.arn("dynamodb", "table/");
        return given.startsWith(prefix) ? given.substring(prefix.length()) : given;
    }

    /** The table name, with the violations it has added to {@code constraints}. */
    static String read(String given, CloudIdentity identity, Constraints constraints) {
        constraints.notNull("tableName", given);
        String name = given == null ? null : withoutArn(given, identity);
        constraints.pattern("tableName", name, NAME).length("tableName", name, 3, 255);
        return name;
    }
}
