// Lab 2: the two functions the page needs, written in Java, deployed and tested step by step.
//   ./labrepl run --step lab-scripts/lab2-functions.jsh
// The notebooks notebooks/lab2-task1-list-customers.md and lab2-task2-save-customer.md explain
// each step; notebooks/lab2-python-functions.md deploys the course's Python versions.

// Lab 1's table and customers, made here when this script runs on its own.
if (!dynamodb.listTables().tableNames().contains("LabCustomers")) {
    dynamodb.createTable(b -> b.tableName("LabCustomers")
            .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
            .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
            .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
    dynamodb.waiter().waitUntilTableExists(b -> b.tableName("LabCustomers"));
    dynamodb.putItem(b -> b.tableName("LabCustomers").item(item("""
            {"ID": {"S": "ABC123"}, "firstname": {"S": "Manu"}, "lastname": {"S": "Kwesi"}}""")));
    dynamodb.putItem(b -> b.tableName("LabCustomers").item(itemFromFile("add-one-customer.json")));
}

// 2.1 ListCustomers: the handler in ../lambda/ListCustomers.java, packaged with the SDK it imports.
var listCode = javaFunction("../lambda/ListCustomers.java");

// Deployed with the role of its name (created, or its code updated), then tested as the console's Test tab does.
deploy("ListCustomers", listCode);

System.out.println(invoke("ListCustomers", "{}"));

// 2.2 SaveCustomer, tested with the event the page will send: the customer in queryStringParameters.
deploy("SaveCustomer", javaFunction("../lambda/SaveCustomer.java"));

System.out.println(invoke("SaveCustomer", """
        {"queryStringParameters": {"id": "ABE125", "firstname": "Pat", "lastname": "Candella"}}"""));

// The customer the test saved, beside Lab 1's two.
table(dynamodb.scan(b -> b.tableName("LabCustomers")));
