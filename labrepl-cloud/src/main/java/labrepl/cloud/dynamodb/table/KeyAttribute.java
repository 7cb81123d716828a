package labrepl.cloud.dynamodb.table;

/** A key attribute of a table or index: its name and scalar type. */
public record KeyAttribute(String name, KeyType type) {
}
