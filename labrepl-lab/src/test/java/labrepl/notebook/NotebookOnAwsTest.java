package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.helpers.clients.Confirmation;
import labrepl.target.AwsStandIn;
import labrepl.target.TargetLease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notebook on real AWS (a local cloud standing in for it) has nobody to confirm a deletion: the
 * cell fails at once saying how to allow it, instead of waiting for an answer; with {@code --yes}
 * the deletion is sent.
 */
@WithLocalCloud
class NotebookOnAwsTest {

    @ClassCloud
    static URI endpoint;
    @TempDir
    Path folder;

    private List<CellResult> run(String table, Confirmation confirmation) throws Exception {
        Path notebook = folder.resolve(table + ".md");
        Files.writeString(notebook, """
                ```java
                dynamodb.createTable(b -> b.tableName("%1$s")
                        .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                        .attributeDefinitions(d -> d.attributeName("ID").attributeType(ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST));
                ```

                ```java
                dynamodb.deleteTable(b -> b.tableName("%1$s")).tableDescription().tableName()
                ```
                ```output
                "%1$s"
                ```
                """.formatted(table));
        TargetLease aws = TargetLease.shared(AwsStandIn.at(endpoint, TestCloud.REGION));
        return new NotebookRunner(() -> aws, false, confirmation).verify(notebook);
    }

    @Test
    void aDeletionFailsItsCellSayingHowToAllowIt() throws Exception {
        List<CellResult> results = run("NotebookUnattended", Confirmation.NO_TERMINAL);
        assertEquals(CellResult.Status.PASSED, results.get(0).status());
        CellResult deletion = results.get(1);
        assertEquals(CellResult.Status.FAILED, deletion.status());
        assertTrue(deletion.actual().startsWith("DestructiveCallRefused: DynamoDB DeleteTable on real AWS (us-west-2):"
                + " TableName NotebookUnattended was not sent: nobody is here to confirm it"), deletion.actual());
    }

    @Test
    void withYesTheDeletionIsSent() throws Exception {
        List<CellResult> results = run("NotebookYes", Confirmation.YES);
        assertEquals(List.of(CellResult.Status.PASSED, CellResult.Status.PASSED),
                results.stream().map(CellResult::status).toList());
    }
}
