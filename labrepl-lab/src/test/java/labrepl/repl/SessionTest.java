package labrepl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The session engine as lab scripts and notebooks use it: results as values, no terminal. */
@WithLocalCloud
class SessionTest {

    private static Session session;
    private static final Semaphore LOOPING = new Semaphore(0);

    @BeforeAll
    static void start(URI endpoint) {
        session = Session.builder(Target.localCloud(endpoint, TestCloud.REGION))
                .liveOutput((text, error) -> {
                    if (text.contains("looping")) {
                        LOOPING.release();
                    }
                })
                .start();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static SnippetResult only(String cell) {
        List<SnippetResult> results = session.eval(cell);
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    private static List<String> shown(String cell) {
        return ResultText.lines(only(cell));
    }

    @Test
    void declarationsAndExpressionsShowTheirValueLikeJshell() {
        assertEquals(List.of("x ==> 72"), shown("int x = 72"));
        SnippetResult expression = only("x + 1");
        assertEquals(SnippetResult.Status.OK, expression.status());
        assertTrue(expression.variableName().startsWith("$"), expression.variableName());
        assertEquals("73", expression.value());
        assertEquals(List.of("greeting ==> \"hi\""), shown("String greeting = \"hi\""));
        assertEquals(List.of("created method twice(int)"), shown("int twice(int n) { return 2 * n; }"));
    }

    @Test
    void withoutAnInputACellReadsTheEndOfInputAtOnce() {
        assertEquals("-1", only("System.in.read()").value());
    }

    @Test
    void aCellReadsTheSessionsInputAndNotAnotherSessions(@TempDir Path folder) {
        try (Session typed = Session.builder(session.target()).workingFolder(folder)
                .input(new ByteArrayInputStream("Ada\n3\n".getBytes(StandardCharsets.UTF_8))).start()) {
            assertEquals("\"Ada has 3\"", typed.eval("var in = new java.util.Scanner(System.in);\n"
                    + "in.nextLine() + \" has \" + in.nextInt()").get(1).value());
        }
        assertEquals("-1", only("System.in.read()").value());
    }

    @Test
    void aCellOfSeveralSnippetsGivesOneResultEachWithItsOwnOutput() {
        List<SnippetResult> results = session.eval("int a = 1; System.out.println(\"one\");\nSystem.out.print(\"two\"); a + 1");
        assertEquals(4, results.size());
        assertEquals("one\n", results.get(1).output());
        assertEquals("two", results.get(2).output());
        assertEquals("2", results.get(3).value());
    }

    @Test
    void aCompileErrorPointsAtTheColumn() {
        SnippetResult result = only("var r = dynamodbb.listTables();");
        assertEquals(SnippetResult.Status.COMPILE_ERROR, result.status());
        assertEquals(List.of("Error: cannot find symbol\n  symbol:   variable dynamodbb",
                "var r = dynamodbb.listTables();", "        ^-------^"), ResultText.lines(result));
    }

    @Test
    void anAwsErrorShowsTypeMessageCodeAndStatus() {
        SnippetResult result = only("dynamodb.describeTable(b -> b.tableName(\"Missing\"))");
        assertEquals(SnippetResult.Status.EXCEPTION, result.status());
        Failure failure = result.failure();
        assertEquals("ResourceNotFoundException", failure.type());
        assertEquals("DynamoDB error code ResourceNotFoundException, HTTP 400", failure.awsError());
        assertFalse(failure.message().contains("Request ID"), "the SDK's suffix is left out: " + failure.message());
        assertTrue(failure.trace().contains("at software.amazon.awssdk"), "the full trace is kept for /trace");
        assertEquals(2, ResultText.lines(result).size());
    }

    @Test
    void systemExitEndsTheCellButNotTheReplNorTheLocalCloud(DynamoDbClient dynamodb) {
        List<SnippetResult> results = session.eval("System.out.println(\"before\"); System.exit(3); System.out.println(\"after\");");
        assertEquals(2, results.size(), "the rest of the cell does not run");
        assertEquals(SnippetResult.Status.EXITED, results.get(1).status());
        assertTrue(results.get(1).failure().message().startsWith("System.exit(3) ends a program, not the REPL"));
        List<SnippetResult> viaReference = session.eval("java.util.function.IntConsumer quit = System::exit; quit.accept(2);");
        assertEquals(SnippetResult.Status.EXITED, viaReference.get(1).status());
        assertEquals(SnippetResult.Status.EXITED, only("Runtime.getRuntime().halt(1)").status());
        assertEquals("42", only("40 + 2").value());
        assertTrue(dynamodb.listTables().hasTableNames(), "the local cloud still answers");
    }

    /** Starts a cell that loops until stopped, stops it, and returns what it gave. */
    private static List<SnippetResult> loopThenStop() throws Exception {
        return runThenStop("long n = 0; while (true) { n++; }");
    }

    private static List<SnippetResult> runThenStop(String endless) throws Exception {
        CompletableFuture<List<SnippetResult>> running = CompletableFuture.supplyAsync(
                () -> session.eval("System.out.println(\"looping\"); " + endless));
        assertTrue(LOOPING.tryAcquire(60, TimeUnit.SECONDS), "the loop started");
        session.stop();
        return running.get(60, TimeUnit.SECONDS);
    }

    @Test
    void stopEndsARunningLoopAndTheSessionGoesOn() throws Exception {
        List<SnippetResult> results = loopThenStop();
        assertEquals(SnippetResult.Status.STOPPED, results.get(results.size() - 1).status());
        assertEquals("ok", only("\"ok\"").value().replace("\"", ""));
    }

    @Test
    void stopEndsASleepAndALoopThatOnlyALambdaOfTheCellRuns() throws Exception {
        List<SnippetResult> sleeping = runThenStop("Thread.sleep(600_000);");
        assertEquals(SnippetResult.Status.STOPPED, sleeping.get(sleeping.size() - 1).status(), sleeping.toString());
        List<SnippetResult> streaming = runThenStop("Stream.iterate(0L, i -> i + 1).filter(i -> i < 0).findFirst();");
        assertEquals(SnippetResult.Status.STOPPED, streaming.get(streaming.size() - 1).status(), streaming.toString());
        assertEquals("3", only("1 + 2").value());
    }

    @Test
    void theAbortsOfAStoppedCellDoNotReachTheCellsAfterIt() throws Exception {
        loopThenStop();
        long until = System.nanoTime() + 2_500_000_000L; // a stop repeats its aborts for about 2 s
        while (System.nanoTime() < until) {
            SnippetResult calls = only("for (int i = 0; i < 50; i++) { dynamodb.listTables(); }");
            assertEquals(SnippetResult.Status.OK, calls.status(), String.valueOf(calls.failure()));
        }
    }

    @Test
    void sdkObjectsAreSummarisedOnOneLineWithAHintToUsePretty() {
        session.eval("dynamodb.createTable(b -> b.tableName(\"Shown\").keySchema(k -> k.attributeName(\"ID\")"
                + ".keyType(KeyType.HASH)).attributeDefinitions(d -> d.attributeName(\"ID\")"
                + ".attributeType(ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST))");
        SnippetResult result = only("var table = dynamodb.describeTable(b -> b.tableName(\"Shown\"))");
        assertTrue(result.value().startsWith("DescribeTableResponse(Table=TableDescription(AttributeDefinitions=[1 item],"
                + " TableName=Shown,"), result.value());
        assertTrue(result.value().endsWith("(pretty(table) shows all of it)"), result.value());
        assertFalse(result.value().contains("\n"));
        assertEquals("ListTablesResponse(TableNames=[Shown])",
                only("dynamodb.listTables(b -> b.exclusiveStartTableName(\"Shoes\").limit(1))").value());
    }

    @Test
    void theLocalCredentialsAreMaskedInEverythingPrinted() {
        SnippetResult printed = only("System.out.println(\"secret: labrepl-local-secret-key\")");
        assertEquals("secret: ****\n", printed.output());
        assertEquals("\"****\"", only("\"labrepl-local-secret-key\"").value());
    }

    @Test
    void completionAndCompletenessComeFromJshell() {
        assertTrue(session.complete("dynamodb.listT", 14).candidates().contains("listTables("));
        assertEquals(9, session.complete("dynamodb.listT", 14).anchor());
        assertFalse(session.isComplete("for (int i = 0; i < 3; i++) {"));
        assertTrue(session.isComplete("int y = 1"));
    }

    @Test
    void helpersCalledFromTheSharedPoolServeTheSession() {
        List<SnippetResult> results = session.eval("var onPool = new java.util.concurrent.CompletableFuture<String>();\n"
                + "java.util.concurrent.ForkJoinPool.commonPool().execute(() -> onPool.complete("
                + "Thread.currentThread().getName() + \" \" + region()));\n"
                + "onPool.get(60, java.util.concurrent.TimeUnit.SECONDS)");
        String onPool = results.get(results.size() - 1).value();
        assertTrue(onPool.matches("\"ForkJoinPool.commonPool-worker-\\d+ us-west-2\""), onPool);
        assertEquals("[0]", only("java.util.stream.IntStream.range(0, 64).parallel()"
                + ".map(i -> dynamodb.listTables().tableNames().size()).distinct().boxed().toList()").value());
    }

    @Test
    void theHelpersArePreloaded() {
        SnippetResult result = only("toRows(List.of(item(\"{\\\"ID\\\": {\\\"S\\\": \\\"A\\\"}}\")), \"ID\", \"name\")");
        assertEquals("[[A, null]]", result.value());
    }

    @Test
    void theApiGatewayClientReachesTheLocalCloudsHttpApis() {
        session.eval("var created = apigateway().createApi(b -> b.name(\"customer-app\").protocolType(\"HTTP\"));");
        SnippetResult result = only("apigateway().getApi(b -> b.apiId(created.apiId())).apiEndpoint()"
                + ".matches(\"http://[a-z0-9]{10}\\\\.execute-api\\\\.localhost:\\\\d+\")");
        assertEquals("true", result.value());
    }
}
