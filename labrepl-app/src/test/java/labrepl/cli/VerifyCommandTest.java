package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labrepl verify} on a small notebook, as a course maintainer runs it. */
class VerifyCommandTest {

    private static final String NOTEBOOK = """
            # A notebook

            Some prose, kept byte for byte.

            ```json file=one.json
            {"ID": {"S": "ABC123"}, "firstname": {"S": "Manu"}}
            ```

            ```java
            dynamodb.createTable(b -> b.tableName("Customers")
                .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
            dynamodb.putItem(b -> b.tableName("Customers").item(itemFromFile("one.json")));
            System.out.println("saved");
            toRows(dynamodb.scan(b -> b.tableName("Customers")), "ID", "firstname")
            ```
            ```output
            saved
            [[ABC123, Manu]]
            ```

            ```java
            1 + 1
            ```
            ```output
            3
            ```

            ```java throws=ResourceNotFoundException
            dynamodb.scan(b -> b.tableName("Missing"))
            ```

            ```java unchecked="the time differs per run"
            java.time.Instant.now()
            ```
            ```output
            2026-01-01T00:00:00Z
            ```

            ```java only=aws reason="needs a real account"
            accountId()
            ```
            """;

    @TempDir
    Path folder;

    @Test
    void failuresShowTheLocationTheCellAndBothOutputsAndTheExitCodeSaysSo() throws Exception {
        Path notebook = Files.writeString(folder.resolve("lab.md"), NOTEBOOK);
        Path junit = folder.resolve("report.xml");

        StringWriter out = new StringWriter();
        int exit = run(out, "verify", "--junit", junit.toString(), notebook.toString());

        assertEquals(1, exit);
        String report = out.toString();
        assertTrue(report.contains("FAILED " + notebook + ":23: output differs"), report);
        assertTrue(report.contains("    | 1 + 1"), report);
        assertTrue(report.contains("3        | 2"), report);
        assertTrue(report.contains("passed " + notebook + ":34: output not checked (the time differs per run)"),
                report);
        assertTrue(report.contains("skipped " + notebook + ":41: runs only on aws (needs a real account)"), report);
        assertTrue(report.strip().endsWith("3 passed, 1 failed, 1 skipped"), report);
        assertTrue(Files.readString(junit).contains("failures=\"1\""));
    }

    @Test
    void updateRewritesOnlyTheBlocksThatNoLongerMatch() throws Exception {
        Path notebook = Files.writeString(folder.resolve("lab.md"), NOTEBOOK);

        int exit = run(new StringWriter(), "verify", "--update", notebook.toString());

        assertEquals(0, exit);
        assertEquals(NOTEBOOK.replace("```output\n3\n```", "```output\n2\n```"), Files.readString(notebook));
        assertEquals(0, run(new StringWriter(), "verify", notebook.toString()), "the updated notebook passes");
    }

    @Test
    void aMissingPathIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "verify",
                folder.resolve("nope.md").toString()));
        assertTrue(err.toString().contains("no notebook or folder at"), err.toString());
    }

    static int run(StringWriter out, String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(System.err, true), args);
    }
}
