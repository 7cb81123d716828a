package labrepl.repl.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.AwsStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The REPL on real AWS (a local cloud standing in for it) as transcripts: the prompt names the
 * account and the region, and the first deletion of a kind waits for the learner's answer.
 */
@WithLocalCloud
class ConsoleOnAwsTest {

    @ClassCloud
    static URI endpoint;
    @TempDir
    Path folder;
    private ReplDriver repl;

    @BeforeEach
    void start() throws Exception {
        repl = new ReplDriver(AwsStandIn.at(endpoint, TestCloud.REGION), folder, folder.resolve("history"),
                "xterm-256color", Optional.of("000000000000"));
    }

    @AfterEach
    void stop() throws Exception {
        repl.close();
    }

    private static void createTable(DynamoDbClient dynamodb, String name) {
        dynamodb.createTable(b -> b.tableName(name)
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .attributeDefinitions(d -> d.attributeName("ID").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    @Test
    void thePromptNamesTheAccountAndTheRegion() {
        repl.type("1 + 1\r");
        assertTrue(repl.awaitText("aws:000000000000:us-west-2> ").contains("$1 ==> 2"));
    }

    @Test
    void yesSendsTheDeletionAndLaterOnesOfItsKindDoNotAsk(DynamoDbClient local) {
        createTable(local, "ConsoleYes");
        createTable(local, "ConsoleYesToo");
        repl.type("dynamodb.deleteTable(b -> b.tableName(\"ConsoleYes\")).tableDescription().tableName()\r");
        repl.awaitText("DynamoDB DeleteTable on real AWS (us-west-2): TableName ConsoleYes\n"
                + "Send it, and any later DeleteTable of this session? [y/N] ");
        List<String> printed = repl.enter("y");
        assertEquals("$1 ==> \"ConsoleYes\"", printed.get(printed.size() - 1), String.join("\n", printed));
        assertEquals(List.of("$2 ==> \"ConsoleYesToo\""),
                repl.enter("dynamodb.deleteTable(b -> b.tableName(\"ConsoleYesToo\")).tableDescription().tableName()"));
        assertFalse(local.listTables().tableNames().contains("ConsoleYes"));
    }

    @Test
    void anythingButYesSendsNothing(DynamoDbClient local) {
        createTable(local, "ConsoleNo");
        repl.type("dynamodb.deleteTable(b -> b.tableName(\"ConsoleNo\"))\r");
        repl.awaitText("[y/N] ");
        List<String> printed = repl.enter("");
        assertEquals(List.of("DestructiveCallRefused: DynamoDB DeleteTable on real AWS (us-west-2): TableName ConsoleNo"
                + " was not sent: you answered no.", "  (/trace shows the stack trace)"),
                printed.subList(printed.size() - 2, printed.size()), String.join("\n", printed));
        assertTrue(local.listTables().tableNames().contains("ConsoleNo"));
    }
}
