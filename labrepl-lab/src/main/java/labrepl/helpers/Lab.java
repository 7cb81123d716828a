package labrepl.helpers;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import labrepl.helpers.format.DynamoJsonItem;
import labrepl.helpers.format.ItemTable;
import labrepl.helpers.format.Items;
import labrepl.helpers.clients.LabClients;
import labrepl.helpers.format.SdkJson;
import labrepl.helpers.lambda.FunctionDeployer;
import labrepl.helpers.lambda.FunctionPackage;
import labrepl.helpers.lambda.FunctionTestRun;
import labrepl.helpers.web.AnonymousWeb;
import labrepl.helpers.web.WebPage;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;

/**
 * The learner's helpers, imported into every REPL session, notebook and lab script with
 * {@code import static labrepl.helpers.Lab.*}: the clients {@code dynamodb} and {@code s3} for the
 * session's target, and functions that print and reshape what they return.
 *
 * <pre>{@code
 * var resp = dynamodb.scan(b -> b.tableName("LabCustomers"));
 * pretty(resp);                                      // the JSON the AWS CLI prints for the scan
 * var lists = toRows(resp, "ID", "firstname", "lastname");
 * table(resp);                                       // the console's "Items returned" grid
 * dynamodb.putItem(b -> b.tableName("LabCustomers").item(itemFromFile("add-one-customer.json")));
 * }</pre>
 */
public final class Lab {

    /**
     * The session's DynamoDB client, for the target the REPL was started with (the local cloud
     * unless {@code --aws} or {@code --endpoint}).
     *
     * <pre>{@code dynamodb.listTables()}</pre>
     */
    public static final DynamoDbClient dynamodb = LabClients.sessionDynamoDb(() -> LabContext.current().clients());

    /**
     * The session's S3 client (path-style addressing on the local cloud and other endpoints).
     *
     * <pre>{@code s3.listBuckets()}</pre>
     */
    public static final S3Client s3 = LabClients.sessionS3(() -> LabContext.current().clients());

    /**
     * The session's Lambda client.
     *
     * <pre>{@code lambda.listFunctions()}</pre>
     */
    public static final LambdaClient lambda = LabClients.sessionClient(LambdaClient.class,
            () -> LabContext.current().clients());

    private static final Map<Class<?>, SdkClient> CLIENTS = new ConcurrentHashMap<>();

    private Lab() {
    }

    /**
     * The session's API Gateway v2 client, for lab 3's HTTP API: {@code client(ApiGatewayV2Client.class)},
     * built on first use, so the first labs never load it.
     *
     * <pre>{@code apigateway().getApis(b -> { }).items()}</pre>
     */
    public static ApiGatewayV2Client apigateway() {
        return client(ApiGatewayV2Client.class);
    }

    /**
     * The session's client of any other service on the class path, configured like {@code dynamodb}
     * and {@code s3} (what {@code /aws sts ...} uses).
     *
     * <pre>{@code client(StsClient.class).getCallerIdentity()}</pre>
     */
    public static <T extends SdkClient> T client(Class<T> type) {
        return type.cast(CLIENTS.computeIfAbsent(type,
                t -> LabClients.sessionClient(type, () -> LabContext.current().clients())));
    }

    /**
     * Prints an SDK request or response, an item, a map or a list as the AWS CLI prints the same
     * call: 4-space-indented JSON with AWS's member names.
     *
     * <pre>{@code pretty(dynamodb.describeTable(b -> b.tableName("LabCustomers")));}</pre>
     */
    public static void pretty(Object value) {
        System.out.println(json(value));
    }

    /**
     * Prints a response with extra detail; {@link PrettyOption#WITH_METADATA} prints it as boto3
     * returns it, {@code ResponseMetadata} included.
     *
     * <pre>{@code pretty(dynamodb.scan(b -> b.tableName("LabCustomers")), WITH_METADATA);}</pre>
     */
    public static void pretty(Object value, PrettyOption option) {
        System.out.println(option == PrettyOption.WITH_METADATA ? SdkJson.boto3(value) : json(value));
    }

    /**
     * The JSON text {@link #pretty(Object)} prints, to keep or compare.
     *
     * <pre>{@code String text = json(dynamodb.listTables());}</pre>
     */
    public static String json(Object value) {
        return SdkJson.cli(value);
    }

    /**
     * The items of a scan or query response (or a GetItem response, an item, a list of items) as
     * rows of the named attributes, like the lab's Python list comprehension. Values are readable
     * text (numbers as DynamoDB keeps them, {@code true}/{@code false}, {@code NULL}); an item
     * without the attribute has {@code null} there. With no names, every attribute, sorted.
     *
     * <pre>{@code var lists = toRows(resp, "ID", "firstname", "lastname");   // [[ABC123, Manu, Kwesi], ...]}</pre>
     */
    public static List<List<String>> toRows(Object responseOrItems, String... attributes) {
        List<Map<String, AttributeValue>> items = Items.of(responseOrItems);
        List<String> columns = attributes.length == 0 ? ItemTable.allAttributes(items) : Arrays.asList(attributes);
        return ItemTable.rows(items, columns);
    }

    /**
     * An item from DynamoDB JSON, the format the console's JSON view and {@code aws dynamodb
     * put-item} use. A mistake names the attribute and what was expected.
     *
     * <pre>{@code var manu = item("{\"ID\": {\"S\": \"ABC123\"}, \"firstname\": {\"S\": \"Manu\"}}");}</pre>
     */
    public static Map<String, AttributeValue> item(String dynamoDbJson) {
        return DynamoJsonItem.parse(dynamoDbJson);
    }

    /**
     * An item from a file of DynamoDB JSON, like {@code --item file://add-one-customer.json};
     * relative names start from the session's working folder.
     *
     * <pre>{@code dynamodb.putItem(b -> b.tableName("LabCustomers").item(itemFromFile("add-one-customer.json")));}</pre>
     */
    public static Map<String, AttributeValue> itemFromFile(String fileName) {
        Path file = LabContext.current().resolve(fileName);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No file " + fileName + " in " + file.getParent());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return DynamoJsonItem.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Prints items as a grid, like the console's "Items returned" panel, one column per attribute.
     *
     * <pre>{@code table(dynamodb.scan(b -> b.tableName("LabCustomers")));}</pre>
     */
    public static void table(Object responseOrItems) {
        List<Map<String, AttributeValue>> items = Items.of(responseOrItems);
        System.out.print(ItemTable.render(items, ItemTable.allAttributes(items)));
    }

    /**
     * Prints items as a grid of the named attributes, in that order.
     *
     * <pre>{@code table(resp, "ID", "lastname");}</pre>
     */
    public static void table(Object responseOrItems, String... attributes) {
        System.out.print(ItemTable.render(Items.of(responseOrItems), Arrays.asList(attributes)));
    }

    /**
     * The region the session's clients use, e.g. for the lab's bucket name.
     *
     * <pre>{@code var bucketName = "customerswebsite-" + region() + "-" + accountId();}</pre>
     */
    public static String region() {
        return LabContext.current().target().region();
    }

    /**
     * The 12-digit id of the account the session works in, as {@code aws sts get-caller-identity}
     * reports it ({@code 000000000000} on the local cloud).
     */
    public static String accountId() {
        return LabContext.current().accountId();
    }

    /**
     * The URL of a bucket's static website: on the local cloud {@code http://BUCKET.s3-website-REGION.localhost:PORT/},
     * which a browser on this machine opens (and {@link #fetch} too); on AWS the region's website
     * endpoint, e.g. {@code http://BUCKET.s3-website-us-west-2.amazonaws.com}. Another endpoint's is not
     * known, and asking says so.
     *
     * <pre>{@code var url = websiteUrl(bucketName);}</pre>
     */
    public static URI websiteUrl(String bucket) {
        return LabContext.current().target().websiteUrl(bucket);
    }

    /**
     * Opens a URL as an anonymous visitor's browser would, without AWS credentials.
     *
     * <pre>{@code var page = fetch(websiteUrl(bucketName));   // HTTP 200 text/html, ... title "..."}</pre>
     */
    public static WebPage fetch(URI url) throws IOException, InterruptedException {
        return AnonymousWeb.get(url);
    }

    /**
     * A request as the lab's page makes it from a visitor's browser: the method ({@code GET},
     * {@code POST}, no body) and the page's origin in an Origin header. The answer's
     * {@code header("Access-Control-Allow-Origin")} says whether CORS lets the page read it.
     *
     * <pre>{@code fetch("POST", endpoint + "SaveCustomer?id=ABF126&firstname=Ana&lastname=Lima", origin)}</pre>
     */
    public static WebPage fetch(String method, String url, String origin) throws IOException, InterruptedException {
        return AnonymousWeb.request(method, URI.create(url), Optional.of(origin));
    }

    /** {@link #fetch(URI)} for a URL given as text. */
    public static WebPage fetch(String url) throws IOException, InterruptedException {
        return AnonymousWeb.get(URI.create(url));
    }

    /**
     * Compiles a Java handler's source (relative to the session's working folder) into a deployment
     * package that the local cloud and AWS both accept: its classes, and in {@code lib/} AWS's
     * handler interfaces and the SDK clients it imports. The handler is {@code Class::handleRequest}.
     *
     * <pre>{@code var code = javaFunction("lambda/ListCustomers.java");}</pre>
     */
    public static FunctionPackage javaFunction(String sourceFile) {
        return FunctionPackage.fromSource(LabContext.current().resolve(sourceFile));
    }

    /**
     * Packages a Python function's source (relative to the session's working folder) as the lab's
     * Python functions are deployed: handler {@code MODULE.lambda_handler}, runtime python3.12. The
     * local cloud runs it with this machine's python3 and boto3.
     *
     * <pre>{@code deploy("ListCustomers", pythonFunction("lambda_function.py"));}</pre>
     */
    public static FunctionPackage pythonFunction(String sourceFile) {
        return FunctionPackage.fromPython(LabContext.current().resolve(sourceFile));
    }

    /**
     * Creates the function, or updates its code and handler, and waits until it is ready. Its role is
     * the account's role of the same name, as the lab's {@code ListCustomers} and {@code SaveCustomer} have.
     *
     * <pre>{@code deploy("ListCustomers", javaFunction("lambda/ListCustomers.java"));}</pre>
     */
    public static GetFunctionConfigurationResponse deploy(String name, FunctionPackage code) {
        return deploy(name, code, "arn:aws:iam::" + accountId() + ":role/" + name);
    }

    /** {@link #deploy(String, FunctionPackage)} with another role's ARN. */
    public static GetFunctionConfigurationResponse deploy(String name, FunctionPackage code, String roleArn) {
        return new FunctionDeployer(lambda).deploy(name, code, roleArn);
    }

    /**
     * Invokes a function with a JSON test event and shows what the console's Test tab shows: the
     * response, the function's log and the request id.
     *
     * <pre>{@code invoke("SaveCustomer", "{\"queryStringParameters\": {\"id\": \"ABE125\", \"firstname\": \"Pat\", \"lastname\": \"Candella\"}}")}</pre>
     */
    public static FunctionTestRun invoke(String function, String eventJson) {
        return new FunctionDeployer(lambda).invoke(function, eventJson);
    }

    /**
     * A file of the session's working folder (the lab's folder in a notebook), for code that
     * takes a {@code Path}.
     *
     * <pre>{@code s3.putObject(b -> b.bucket(bucketName).key("index.html"), RequestBody.fromFile(file("index.html")));}</pre>
     */
    public static Path file(String name) {
        return LabContext.current().resolve(name);
    }
}
