package labrepl.repl.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.Target;
import labrepl.notebook.CellResult;
import labrepl.notebook.NotebookRunner;
import labrepl.target.LocalCloudTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /save-notebook}: a session becomes a notebook that {@code verify} replays and passes. */
@WithLocalCloud
class SaveNotebookTest {

    @TempDir
    Path folder;

    @Test
    void theSessionsCellsAndOutputsBecomeANotebookThatVerifies(URI endpoint) throws Exception {
        try (ReplDriver repl = new ReplDriver(Target.localCloud(endpoint, TestCloud.REGION), folder,
                folder.resolve("history"), "xterm-256color")) {
            repl.enter("var n = 20;");
            repl.enter("System.out.println(\"twice: \" + n * 2); n + 1");
            repl.enter("int broken = \"text\";");
            repl.enter("dynamodb.describeTable(b -> b.tableName(\"Missing\"))");
            List<String> saved = repl.enter("/save-notebook session.md");
            assertTrue(saved.get(0).startsWith("Saved 4 cells to "), saved.toString());
        }

        String notebook = Files.readString(folder.resolve("session.md"));
        assertTrue(notebook.contains("```java\nvar n = 20;\n```\n"), notebook);
        assertTrue(notebook.contains("```java\nSystem.out.println(\"twice: \" + n * 2); n + 1\n```\n"
                + "```output\ntwice: 40\n21\n```\n"), notebook);
        assertTrue(!notebook.contains("broken"), "a cell that did not compile is left out:\n" + notebook);
        assertTrue(notebook.contains("```java throws=ResourceNotFoundException\n"), notebook);

        NotebookRunner runner = new NotebookRunner(LocalCloudTarget.freshInMemory(TestCloud.REGION), false);
        List<CellResult> results = runner.verify(folder.resolve("session.md"));
        assertEquals(3, results.size());
        assertTrue(results.stream().allMatch(r -> r.status() == CellResult.Status.PASSED), results.toString());
    }
}
