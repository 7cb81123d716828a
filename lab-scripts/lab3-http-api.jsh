// Lab 3: the HTTP API customer-app between the page and the functions, step by step.
//   ./labrepl run --step lab-scripts/lab3-http-api.jsh
// The notebook notebooks/lab3-http-api.md explains each step.
import software.amazon.awssdk.services.apigatewayv2.model.*;

// What Labs 1 and 2 built, made here when this script runs on its own: the table and its customers,
var bucketName = "customerswebsite-" + region() + "-" + accountId();

if (!dynamodb.listTables().tableNames().contains("LabCustomers")) {
    dynamodb.createTable(b -> b.tableName("LabCustomers")
            .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
            .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
            .billingMode(BillingMode.PAY_PER_REQUEST));
    dynamodb.waiter().waitUntilTableExists(b -> b.tableName("LabCustomers"));
    dynamodb.putItem(b -> b.tableName("LabCustomers").item(item("""
            {"ID": {"S": "ABC123"}, "firstname": {"S": "Manu"}, "lastname": {"S": "Kwesi"}}""")));
    dynamodb.putItem(b -> b.tableName("LabCustomers").item(itemFromFile("add-one-customer.json")));
}

// the website bucket, public, hosting the page,
if (s3.listBuckets().buckets().stream().noneMatch(bucket -> bucket.name().equals(bucketName))) {
    s3.createBucket(b -> {
        b.bucket(bucketName);
        if (!region().equals("us-east-1")) {
            b.createBucketConfiguration(c -> c.locationConstraint(region()));
        }
    });
    s3.deletePublicAccessBlock(b -> b.bucket(bucketName));
    s3.putBucketPolicy(b -> b.bucket(bucketName).policy("""
            {"Version": "2012-10-17", "Statement": [{"Sid": "PublicReadGetObject", "Effect": "Allow",
             "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::%s/*"}]}""".formatted(bucketName)));
    s3.putBucketWebsite(b -> b.bucket(bucketName)
            .websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))));
}

// and the two functions (their sources in ../lambda/).
if (lambda.listFunctions().functions().stream().noneMatch(f -> f.functionName().equals("ListCustomers"))) {
    deploy("ListCustomers", javaFunction("../lambda/ListCustomers.java"));
    deploy("SaveCustomer", javaFunction("../lambda/SaveCustomer.java"));
}

// 3.1 The HTTP API, a Lambda integration to ListCustomers (payload 2.0), its route, the $default stage.
var api = apigateway().createApi(b -> b.name("customer-app").protocolType(ProtocolType.HTTP));

var listIntegration = apigateway().createIntegration(b -> b.apiId(api.apiId())
        .integrationType(IntegrationType.AWS_PROXY)
        .integrationUri(lambda.getFunction(f -> f.functionName("ListCustomers")).configuration().functionArn())
        .payloadFormatVersion("2.0"));

apigateway().createRoute(b -> b.apiId(api.apiId()).routeKey("GET /ListCustomers")
        .target("integrations/" + listIntegration.integrationId()));

apigateway().createStage(b -> b.apiId(api.apiId()).stageName("$default").autoDeploy(true));

// The invoke URL. Until the function allows API Gateway to invoke it, the route answers 500.
var endpoint = api.apiEndpoint() + "/";

fetch(endpoint + "ListCustomers").body();

var apiArn = "arn:aws:execute-api:" + region() + ":" + accountId() + ":" + api.apiId() + "/*";

lambda.addPermission(b -> b.functionName("ListCustomers").statementId("customer-app")
        .action("lambda:InvokeFunction").principal("apigateway.amazonaws.com").sourceArn(apiArn));

fetch(endpoint + "ListCustomers").body();

// 3.2 The route POST /SaveCustomer, its integration and permission.
var saveIntegration = apigateway().createIntegration(b -> b.apiId(api.apiId())
        .integrationType(IntegrationType.AWS_PROXY)
        .integrationUri(lambda.getFunction(f -> f.functionName("SaveCustomer")).configuration().functionArn())
        .payloadFormatVersion("2.0"));

apigateway().createRoute(b -> b.apiId(api.apiId()).routeKey("POST /SaveCustomer")
        .target("integrations/" + saveIntegration.integrationId()));

lambda.addPermission(b -> b.functionName("SaveCustomer").statementId("customer-app")
        .action("lambda:InvokeFunction").principal("apigateway.amazonaws.com").sourceArn(apiArn));

// 3.3 CORS: every origin and header, the page's two methods.
apigateway().updateApi(b -> b.apiId(api.apiId())
        .corsConfiguration(c -> c.allowOrigins("*").allowHeaders("*").allowMethods("GET", "POST")));

// 3.4 The page with the invoke URL as its API Endpoint (../index.html), uploaded again.
var page = Files.readString(file("../index.html")).replace("value=\"UPDATE-ME\"", "value=\"" + endpoint + "\"");

s3.putObject(b -> b.bucket(bucketName).key("index.html").contentType("text/html"), RequestBody.fromString(page));

// What the page does, from its origin: save a customer, then list them.
var site = websiteUrl(bucketName);

var origin = site.getScheme() + "://" + site.getAuthority();

fetch("POST", endpoint + "SaveCustomer?id=ABF126&firstname=Ana&lastname=Lima", origin).body();

fetch("GET", endpoint + "ListCustomers", origin).body();

System.out.println("Open " + site);
