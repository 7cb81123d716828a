// Lab 1, Task 2: a DynamoDB table for the customers, replayed step by step.
//   ./labrepl run --step lab-scripts/lab1-task2-dynamodb.jsh
// The notebook notebooks/lab1-task2-dynamodb.md explains each step.

// 2.1 The table: a partition key ID of type String, 5 read and 5 write capacity units.
dynamodb.createTable(b -> b
        .tableName("LabCustomers")
        .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
        .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));

// Wait until the table is ACTIVE.
dynamodb.waiter().waitUntilTableExists(b -> b.tableName("LabCustomers"));

// 2.2 One customer, typed as the console's form would build it.
dynamodb.putItem(b -> b.tableName("LabCustomers").item(item("""
        {"ID": {"S": "ABC123"}, "firstname": {"S": "Manu"}, "lastname": {"S": "Kwesi"}}
        """)));

table(dynamodb.scan(b -> b.tableName("LabCustomers")));

// 2.3 The table's name, and what DynamoDB knows about it.
var customersTable = dynamodb.listTables().tableNames().get(0);

pretty(dynamodb.describeTable(b -> b.tableName(customersTable)));

// The second customer, from add-one-customer.json next to this script (DynamoDB JSON).
dynamodb.putItem(b -> b.tableName(customersTable).item(itemFromFile("add-one-customer.json")));

// 2.4 Every item, then the same data as plain rows.
var queryResponse = dynamodb.scan(b -> b.tableName("LabCustomers"));

pretty(queryResponse, WITH_METADATA);

var lists = toRows(queryResponse, "ID", "firstname", "lastname");

lists.get(0);

for (var row : lists) {
    if (row.contains("Martha")) {
        System.out.println(row);
    }
}
