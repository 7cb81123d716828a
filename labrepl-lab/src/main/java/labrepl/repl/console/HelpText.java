package labrepl.repl.console;

import java.util.List;

/** What {@code /help} shows: the helpers, each with an example that runs as typed, then the keys. */
final class HelpText {

    static final List<String[]> HELPERS = List.of(
            new String[] {"dynamodb", "DynamoDB client for this target", "dynamodb.listTables()"},
            new String[] {"s3", "S3 client for this target", "s3.listBuckets()"},
            new String[] {"apigateway()", "API Gateway (HTTP APIs) client for this target", "apigateway().getApis(b -> { })"},
            new String[] {"pretty(x)", "print a response, item or list as the AWS CLI's JSON",
                "pretty(dynamodb.describeTable(b -> b.tableName(\"LabCustomers\")))"},
            new String[] {"pretty(x, WITH_METADATA)", "as boto3 shows it, with ResponseMetadata",
                "pretty(dynamodb.listTables(), WITH_METADATA)"},
            new String[] {"json(x)", "the same JSON as a String", "String text = json(dynamodb.listTables())"},
            new String[] {"toRows(resp, names...)", "items as rows of strings (missing = null)",
                "var lists = toRows(resp, \"ID\", \"firstname\", \"lastname\")"},
            new String[] {"table(resp)", "items as a grid, like the console's Items returned",
                "table(dynamodb.scan(b -> b.tableName(\"LabCustomers\")))"},
            new String[] {"item(json)", "an item from DynamoDB JSON",
                "var manu = item(\"{\\\"ID\\\": {\\\"S\\\": \\\"ABC123\\\"}}\")"},
            new String[] {"itemFromFile(name)", "an item from a DynamoDB JSON file",
                "dynamodb.putItem(b -> b.tableName(\"LabCustomers\").item(itemFromFile(\"add-one-customer.json\")))"},
            new String[] {"client(type)", "this target's client of another service",
                "client(software.amazon.awssdk.services.sts.StsClient.class).getCallerIdentity()"});

    /** How the CLI and the SDK map, under the commands. */
    static final List<String> MIRROR = List.of(
            "/aws dynamodb scan --table-name LabCustomers   shows and runs the Java for an aws command line;",
            "/aws resp = s3 ls   keeps the response in resp. /cli then shows the aws line of the last SDK call.");

    static final List<String> KEYS = List.of(
            "Tab completes names and members; Tab twice lists them. Up/Down and Ctrl-R search the history.",
            "Enter on an unfinished snippet continues on the next line. Ctrl-C stops a running cell (or clears",
            "the line); Ctrl-D on an empty line leaves. SDK model classes, java.util and friends are imported.");

    private HelpText() {
    }
}
