// The lab's system, set up as a learner does it from the REPL: the table with the lab's two
// customers, the lab's Java ListCustomers, its permission for API Gateway, and lab 3's API
// (quick create: GET /ListCustomers on the $default stage, payload 2.0, CORS).
dynamodb.createTable(b -> b.tableName("LabCustomers").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("ID").attributeType("S"))
        .keySchema(k -> k.attributeName("ID").keyType("HASH")));
dynamodb.putItem(b -> b.tableName("LabCustomers")
        .item(item("{\"ID\": {\"S\": \"ABC123\"}, \"firstname\": {\"S\": \"Manu\"}, \"lastname\": {\"S\": \"Kwesi\"}}")));
dynamodb.putItem(b -> b.tableName("LabCustomers")
        .item(item("{\"ID\": {\"S\": \"ABD124\"}, \"firstname\": {\"S\": \"Martha\"}, \"lastname\": {\"S\": \"Rivera\"}}")));
deploy("ListCustomers", javaFunction(System.getenv("LAB_ROOT") + "/lambda/ListCustomers.java"));
lambda.addPermission(b -> b.functionName("ListCustomers").statementId("customer-app")
        .action("lambda:InvokeFunction").principal("apigateway.amazonaws.com")
        .sourceArn("arn:aws:execute-api:us-west-2:000000000000:*/*/*/ListCustomers"));
var api = apigateway().createApi(b -> b.name("customer-app").protocolType("HTTP")
        .target("arn:aws:lambda:us-west-2:000000000000:function:ListCustomers").routeKey("GET /ListCustomers")
        .corsConfiguration(c -> c.allowOrigins("*").allowHeaders("*").allowMethods("GET", "POST")));
System.out.println("API_ID=" + api.apiId());
