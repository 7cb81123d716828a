package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NotebookReaderTest {

    private static final String LAB = """
            # Task 2

            Prose is shown, never run.

            ```json file=add-one-customer.json
            {"ID": {"S": "ABD124"}}
            ```

            ```java
            var tables = dynamodb.listTables();
            tables.tableNames()
            ```
            ```output
            [LabCustomers]
            ```

            ```java throws=ResourceNotFoundException only=local reason="needs the local cloud"
            dynamodb.scan(b -> b.tableName("Nope"));
            ```

            ```shell
            aws dynamodb list-tables
            ```

            ```python
            print("shown only")
            ```
            """;

    @Test
    void aBlockOfAnyLanguageThatNamesAFileIsWrittenNotRun() {
        Notebook notebook = NotebookReader.parse(Path.of("lab.md"), """
                ```java file=ListCustomers.java
                public class ListCustomers { }
                ```

                ```python file=lambda_function.py
                def lambda_handler(event, context): pass
                ```
                """);

        Cell.File java = assertInstanceOf(Cell.File.class, notebook.cells().get(0));
        assertEquals("ListCustomers.java", java.name());
        assertEquals("public class ListCustomers { }\n", java.content());
        assertEquals("lambda_function.py", assertInstanceOf(Cell.File.class, notebook.cells().get(1)).name());
        NotebookException outputAfterAFile = assertThrows(NotebookException.class, () -> NotebookReader.parse(
                Path.of("x.md"), "```java file=A.java\nclass A { }\n```\n```output\nA\n```\n"));
        assertEquals("an output block must come right after a java or shell cell", outputAfterAFile.problem());
    }

    @Test
    void fencedBlocksBecomeCellsInOrderWithTheirLines() {
        Notebook notebook = NotebookReader.parse(Path.of("lab.md"), LAB);
        assertEquals(4, notebook.cells().size());

        Cell.File file = assertInstanceOf(Cell.File.class, notebook.cells().get(0));
        assertEquals("add-one-customer.json", file.name());
        assertEquals("{\"ID\": {\"S\": \"ABD124\"}}\n", file.content());
        assertEquals(5, file.line());

        Cell.Java listing = assertInstanceOf(Cell.Java.class, notebook.cells().get(1));
        assertEquals(9, listing.line());
        assertEquals("var tables = dynamodb.listTables();\ntables.tableNames()\n", listing.source());
        ExpectedOutput expected = listing.expected().orElseThrow();
        assertEquals("[LabCustomers]\n", expected.text());
        assertEquals(13, expected.firstContentLine(), "0-based line of [LabCustomers]");
        assertEquals(14, expected.endContentLine());

        Cell.Java failing = assertInstanceOf(Cell.Java.class, notebook.cells().get(2));
        assertEquals("ResourceNotFoundException", failing.options().get("throws").orElseThrow());
        assertEquals("local", failing.options().get("only").orElseThrow());
        assertEquals("needs the local cloud", failing.options().get("reason").orElseThrow());
        assertTrue(failing.expected().isEmpty());

        assertInstanceOf(Cell.Shell.class, notebook.cells().get(3));
    }

    @Test
    void anOutputBlockWithNoCellBeforeItIsAnErrorNamingTheLine() {
        NotebookException error = assertThrows(NotebookException.class,
                () -> NotebookReader.parse(Path.of("x.md"), "Intro\n\n```output\n42\n```\n"));
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("must come right after a java or shell cell"), error.getMessage());
    }

    @Test
    void aFileCellMayNotNameAPath() {
        NotebookException error = assertThrows(NotebookException.class,
                () -> NotebookReader.parse(Path.of("x.md"), "```json file=../../etc/passwd\n{}\n```\n"));
        assertTrue(error.getMessage().contains("plain file name"), error.getMessage());
    }

    @Test
    void anUnreadableOptionIsAnError() {
        NotebookException error = assertThrows(NotebookException.class,
                () -> NotebookReader.parse(Path.of("x.md"), "```java =oops\n1\n```\n"));
        assertTrue(error.getMessage().contains("cannot read the cell option '=oops'"), error.getMessage());
    }
}
