package labrepl.repl.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import labrepl.check.Labs;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.AwsService;
import labrepl.target.Target;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The REPL as transcripts: each test types lines into a REPL of its own (so {@code $N} numbering
 * starts afresh) and compares what comes back before the next prompt. Lines given as
 * {@code ~regex} are matched as regular expressions. The tests share one local cloud.
 */
@WithLocalCloud
class ConsoleTest {

    @ClassCloud
    static URI endpoint;
    private ReplDriver repl;
    @TempDir
    Path folder;

    @BeforeAll
    static void labCustomers(DynamoDbClient dynamodb) {
        dynamodb.createTable(b -> b.tableName("LabCustomers")
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .attributeDefinitions(d -> d.attributeName("ID").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    @BeforeEach
    void start() throws Exception {
        repl = new ReplDriver(Target.localCloud(endpoint, TestCloud.REGION), folder, folder.resolve("history"),
                "xterm-256color");
    }

    @AfterEach
    void stop() throws Exception {
        repl.close();
    }

    private void assertCommand(String input, String... expected) throws Exception {
        assertLines(List.of(expected), repl.enter(input), input);
    }

    private void assertLines(List<String> expected, List<String> actual, String input) {
        assertEquals(expected.size(), actual.size(), "after " + input + ":\n" + String.join("\n", actual));
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            if (want.startsWith("~")) {
                assertTrue(Pattern.matches(want.substring(1), got), "after " + input + ", line " + i + ": " + got);
            } else {
                assertEquals(want, got, "after " + input + ", line " + i);
            }
        }
    }

    @Test
    void valuesAndDeclarationsShowAsInJshell() throws Exception {
        assertCommand("int x = 72", "x ==> 72");
        assertCommand("x * 2", "$1 ==> 144");
        assertCommand("void hello(String who) { System.out.println(\"hello \" + who); }", "created method hello(String)");
        assertCommand("hello(\"Manu\")", "hello Manu");
        assertCommand("System.out.print(\"no newline\")", "no newline");
    }

    @Test
    void aScannerInACellReadsWhatTheLearnerTypesWithTheQuestionAsItsPrompt() throws Exception {
        repl.type("var in = new java.util.Scanner(System.in); System.out.print(\"Name? \"); var name = in.nextLine();\r");
        repl.awaitText("Name? ");
        List<String> printed = repl.enter("Ada");
        assertTrue(printed.contains("name ==> \"Ada\""), String.join("\n", printed));
        assertCommand("name.length()", "$1 ==> 3");
    }

    @Test
    void ctrlDEndsTheInputOfACellAndTheSessionGoesOn() throws Exception {
        repl.type("int first = System.in.read();\r");
        repl.type("\u0004");
        repl.awaitPrompt();
        assertCommand("first", "first ==> -1");
    }

    @Test
    void anIncompleteSnippetContinuesOnTheNextLine() throws Exception {
        repl.type("for (int i = 0; i < 2; i++) {\r");
        repl.awaitText("...> ");
        List<String> printed = repl.enter("System.out.println(\"row \" + i); }");
        assertEquals(List.of("row 0", "row 1"), printed.subList(printed.size() - 2, printed.size()), String.join("\n", printed));
    }

    @Test
    void helpersWorkAsTyped() throws Exception {
        Files.writeString(folder.resolve("add-one-customer.json"),
                "{\n    \"ID\": {\"S\": \"ABD124\"},\n    \"firstname\": {\"S\": \"Martha\"},\n    \"lastname\": {\"S\": \"Rivera\"}\n}\n");
        assertCommand("dynamodb.putItem(b -> b.tableName(\"LabCustomers\").item(itemFromFile(\"add-one-customer.json\")))",
                "$1 ==> PutItemResponse()");
        assertCommand("var resp = dynamodb.scan(b -> b.tableName(\"LabCustomers\"))",
                "resp ==> ScanResponse(Items=[1 item], Count=1, ScannedCount=1)   (pretty(resp) shows all of it)");
        assertCommand("pretty(dynamodb.listTables())", "{", "    \"TableNames\": [", "        \"LabCustomers\"", "    ]", "}");
        assertCommand("var lists = toRows(resp, \"ID\", \"firstname\", \"lastname\")",
                "lists ==> [[ABD124, Martha, Rivera]]");
        assertCommand("for (var row : lists) if (row.contains(\"Martha\")) System.out.println(row);", "[ABD124, Martha, Rivera]");
        assertCommand("table(resp)", "Items returned (1)", "+--------+-----------+----------+",
                "| ID     | firstname | lastname |", "+--------+-----------+----------+",
                "| ABD124 | Martha    | Rivera   |", "+--------+-----------+----------+");
        assertCommand("item(\"{\\\"ID\\\": {\\\"X\\\": \\\"1\\\"}}\")",
                "IllegalArgumentException: ID: unknown type \"X\"; the types are S, N, B, BOOL, NULL, M, L, SS, NS, BS",
                "  (/trace shows the stack trace)");
    }

    @Test
    void exceptionsShowTypeCodeAndMessageAndTraceOnRequest() throws Exception {
        assertCommand("dynamodb.describeTable(b -> b.tableName(\"Nope\"))",
                "~ResourceNotFoundException: Requested resource not found.*",
                "  DynamoDB error code ResourceNotFoundException, HTTP 400",
                "  (/trace shows the stack trace)");
        List<String> trace = repl.enter("/trace");
        assertTrue(trace.get(0).startsWith("software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException: "),
                trace.get(0));
        assertTrue(trace.stream().anyMatch(line -> line.startsWith("\tat ")), String.join("\n", trace));
    }

    @Test
    void compileErrorsPointAtTheColumn() throws Exception {
        assertCommand("int n = dynamodbb.listTables();", "Error: cannot find symbol", "  symbol:   variable dynamodbb",
                "int n = dynamodbb.listTables();", "        ^-------^");
    }

    @Test
    void systemExitStopsTheCellOnly() throws Exception {
        assertCommand("System.exit(0)",
                "System.exit(0) ends a program, not the REPL: the cell stopped here. Type /exit or press Ctrl-D to leave.");
        assertCommand("\"still here\"", "$1 ==> \"still here\"");
    }

    @Test
    void ctrlCStopsARunningCellAndKeepsTheSession() throws Exception {
        repl.type("int slept = 0; System.out.println(\"sl\" + \"eeping\"); Thread.sleep(600_000); slept = 1;\r");
        repl.awaitText("sleeping\n");
        repl.terminal().raise(Terminal.Signal.INT);
        List<String> printed = repl.awaitPrompt();
        assertEquals("Stopped.", printed.get(printed.size() - 1), String.join("\n", printed));
        assertCommand("slept", "slept ==> 0");
    }

    @Test
    void historyListsWhatWasTyped() throws Exception {
        repl.enter("int typedForHistory = 1");
        assertTrue(repl.enter("/history").contains("int typedForHistory = 1"));
    }

    @Test
    void variablesImportsAndSnippetsAreListed() throws Exception {
        repl.enter("String city = \"Accra\"");
        assertTrue(repl.enter("/vars").contains("String city = \"Accra\""));
        assertTrue(repl.enter("/imports").contains("import static labrepl.helpers.Lab.*;"));
        assertTrue(repl.enter("/list").stream().anyMatch(line -> line.matches(" *\\d+ : String city = \"Accra\";?")));
    }

    @Test
    void saveWritesTheSnippetsAndOpenRunsThem() throws Exception {
        repl.enter("int saved = 40");
        List<String> saved = repl.enter("/save steps.jsh");
        assertTrue(saved.get(0).startsWith("Saved "), saved.toString());
        assertTrue(Files.readString(folder.resolve("steps.jsh")).contains("int saved = 40"));
        Files.writeString(folder.resolve("more.jsh"), "int opened = saved + 2;\nSystem.out.println(\"opened \" + opened);\n");
        assertCommand("/open more.jsh", "opened 42");
        assertCommand("/open missing.jsh", "No file missing.jsh in " + folder);
    }

    @Test
    void shellCommandsGetTheTargetsEnvironmentWithSecretsMasked() throws Exception {
        assertCommand("/sh echo $AWS_ENDPOINT_URL $AWS_REGION $AWS_ACCESS_KEY_ID",
                endpoint + " " + TestCloud.REGION + " LABREPLLOCALKEY");
        assertCommand("/sh echo secret=$AWS_SECRET_ACCESS_KEY", "secret=****");
        assertCommand("/sh exit 3", "(exit code 3)");
    }

    @Test
    void helpListsHelpersWithExamplesAndCommands() throws Exception {
        List<String> help = repl.enter("/help");
        assertTrue(help.get(0).startsWith("Helpers (DynamoDB and S3 on the local cloud at "), help.get(0));
        for (String name : List.of("pretty(x)", "toRows(resp, names...)", "table(resp)", "item(json)",
                "itemFromFile(name)", "client(type)", "/vars", "/sh COMMAND", "/save FILE", "/aws [NAME =] COMMAND",
                "/cli [$N]", "/check [LAB]")) {
            assertTrue(help.stream().anyMatch(line -> line.startsWith("  " + name + " ")), name);
        }
        assertCommand("/nope", "No command /nope. /help lists the commands.");
    }

    @Test
    void checkGradesTheLabsOnTheSessionsTargetWithHints() throws Exception {
        List<String> grade = repl.enter("/check lab1");

        assertEquals("Lab 1: the page on an S3 website, and the LabCustomers table", grade.get(0));
        assertEquals("  FAILED   1.1  the bucket customerswebsite-REGION-ACCOUNT_ID, in the lab's region", grade.get(1));
        assertEquals("                there is no bucket customerswebsite-us-west-2-000000000000; create it in"
                + " us-west-2", grade.get(2));
        assertTrue(grade.contains("  passed   2.1  the table LabCustomers with the partition key ID (String)"),
                String.join("\n", grade));
        assertEquals("9 checks: 1 passed, 3 failed, 5 blocked", grade.get(grade.size() - 1));
        assertCommand("/check lab9", "no lab called 'lab9'; the labs are " + String.join(", ", Labs.names()));
    }

    @Test
    void historyIsKeptInTheHistoryFile() throws Exception {
        repl.enter("int remembered = 7");
        String history = Files.readString(folder.resolve("history"));
        assertTrue(history.contains("int remembered = 7"), history);
    }

    @Test
    void awsShowsTheJavaOfACliCommandThenRunsItAndCliWritesTheCommandBack() throws Exception {
        String target = " --endpoint-url " + endpoint + " --region " + TestCloud.REGION;
        assertCommand("/aws dynamodb describe-table --table-name LabCustomers --output json",
                "dynamodb.describeTable(b -> b.tableName(\"LabCustomers\"))",
                "(--output only change what the CLI prints; the whole response is kept (pretty shows it as the CLI's JSON).)",
                "~\\$\\d+ ==> DescribeTableResponse\\(Table=TableDescription\\(.*TableName=LabCustomers.*");
        assertCommand("/cli", "aws dynamodb describe-table --table-name LabCustomers" + target);
        assertCommand("/aws items = dynamodb scan --table-name LabCustomers --limit 5",
                "var items = dynamodb.scan(b -> b.tableName(\"LabCustomers\").limit(5));",
                "~items ==> ScanResponse\\(.*");
        assertCommand("dynamodb.listTables()", "~\\$\\d+ ==> ListTablesResponse\\(TableNames=\\[LabCustomers\\]\\)");
        assertCommand("/cli items", "aws dynamodb scan --table-name LabCustomers --limit 5" + target);
        assertCommand("/cli", "aws dynamodb list-tables" + target);
    }

    @Test
    void aServiceSentElsewhereIsInThePromptAndItsCallsShAndCliGoThere() throws Exception {
        try (TestCloud elsewhere = TestCloud.inMemory()) {
            elsewhere.s3().createBucket(b -> b.bucket("bucket-elsewhere")
                    .createBucketConfiguration(c -> c.locationConstraint(TestCloud.REGION)));
            Target split = Target.localCloud(endpoint, TestCloud.REGION)
                    .withServiceEndpoints(Map.of(AwsService.S3, elsewhere.endpoint()));
            try (ReplDriver other = new ReplDriver(split, folder, folder.resolve("history2"), "xterm-256color")) {
                assertEquals(List.of("$1 ==> [bucket-elsewhere]"),
                        other.enter("s3.listBuckets().buckets().stream().map(Bucket::name).toList()"));
                assertEquals(List.of("aws s3api list-buckets --endpoint-url " + elsewhere.endpoint() + " --region "
                        + TestCloud.REGION), other.enter("/cli"));
                assertEquals(List.of("$2 ==> [LabCustomers]"), other.enter("dynamodb.listTables().tableNames()"));
                assertEquals(List.of("aws dynamodb list-tables --endpoint-url " + endpoint + " --region "
                        + TestCloud.REGION), other.enter("/cli"));
                List<String> shell = other.enter("/sh aws s3 ls; aws dynamodb list-tables --query 'TableNames[0]'");
                assertTrue(shell.get(0).endsWith(" bucket-elsewhere"), String.join("\n", shell));
                assertEquals("\"LabCustomers\"", shell.get(1), String.join("\n", shell));
            }
        }
    }

    @Test
    void awsReachesServicesWithoutAPreloadedClient() throws Exception {
        assertCommand("/aws sts get-caller-identity",
                "import software.amazon.awssdk.services.sts.StsClient;",
                "client(StsClient.class).getCallerIdentity()",
                "~\\$\\d+ ==> GetCallerIdentityResponse\\(.*Account=000000000000.*");
    }

    @Test
    void awsExplainsACommandItCannotMirror() throws Exception {
        assertCommand("/aws dynamodb scann --table-name X", "aws dynamodb has no operation scann; did you mean scan?");
        assertCommand("/aws dynamodb scan --table X", "~aws dynamodb scan has no option --table\\. Its options: --table-name, .*");
        assertCommand("/aws s3 sync . s3://b", "~aws s3 sync is more than one SDK call .*");
    }
}
