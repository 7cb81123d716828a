package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import labrepl.cloud.awscli.AwsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labrepl export} and the Jupyter notebooks it writes, run by verify and run as a course would. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private final CommandLine labrepl = new CommandLine();

    private Path copyOf(String notebook) throws Exception {
        Path copy = folder.resolve(Path.of(notebook).getFileName());
        Files.copy(Path.of(notebook), copy);
        return copy;
    }

    @Test
    void aNotebookGoesToJupyterBesideItAndComesBackTheSame() throws Exception {
        Path markdown = copyOf("notebooks/lab1-task2-dynamodb.md");

        assertEquals(0, labrepl.run("export", markdown.toString(), "--to", "ipynb"));
        Path ipynb = folder.resolve("lab1-task2-dynamodb.ipynb");
        assertEquals("Wrote " + ipynb + "\n", labrepl.out());
        assertTrue(Files.readString(ipynb).contains("\"kernelspec\": {\n   \"display_name\": \"Java\""));

        Path back = folder.resolve("back.md");
        assertEquals(0, labrepl.run("export", ipynb.toString(), "--output", back.toString()));
        assertEquals(Files.readString(markdown), Files.readString(back));
    }

    @Test
    void minusWritesToStandardOutput() throws Exception {
        Path markdown = Files.writeString(folder.resolve("one.md"), "```java\n1 + 1\n```\n```output\n2\n```\n");

        assertEquals(0, labrepl.run("export", markdown.toString(), "--output", "-"));

        assertTrue(labrepl.out().startsWith("{\n \"cells\": [\n"), labrepl.out());
        assertTrue(Files.notExists(folder.resolve("one.ipynb")));
    }

    @Test
    void mistakesAreNamed() throws Exception {
        Path markdown = Files.writeString(folder.resolve("one.md"), "# prose\n");
        Path python = Files.writeString(folder.resolve("py.ipynb"),
                "{\"cells\": [], \"metadata\": {\"kernelspec\": {\"language\": \"python\"}}, \"nbformat\": 4}");

        assertEquals(2, labrepl.run("export", markdown.toString(), "--to", "pdf"));
        assertEquals(2, labrepl.run("export", markdown.toString(), "--to", "md"));
        assertEquals(2, labrepl.run("export", folder.resolve("none.md").toString()));
        assertEquals(1, labrepl.run("export", python.toString()));
        assertEquals("labrepl: --to takes ipynb or md, not 'pdf'\n"
                + "labrepl: " + markdown + " is already a Markdown notebook\n"
                + "labrepl: no notebook at " + folder.resolve("none.md") + "\n"
                + "labrepl export: " + python + ": this notebook's kernel runs python; LabREPL runs Java notebooks"
                + " (kernelspec language java, as IJava and JJava write)\n", labrepl.err());
    }

    @Test
    void verifyRunsTheJupyterNotebookOfALab() throws Exception {
        Path markdown = copyOf("notebooks/lab1-task2-dynamodb.md");
        assertEquals(0, labrepl.run("export", markdown.toString()));
        Files.delete(markdown);

        int exit = labrepl.run("verify", folder.toString());

        assertEquals(0, exit, labrepl.out());
        String skipped = AwsCli.isInstalled() ? "0 skipped" : "1 skipped";
        assertTrue(labrepl.out().endsWith(" passed, 0 failed, " + skipped + "\n"), labrepl.out());
    }

    @Test
    void runReplaysTheJavaCellsOfANotebookWritingItsFilesAndShowingItsShellCells() throws Exception {
        Path markdown = copyOf("notebooks/lab1-task2-dynamodb.md");
        assertEquals(0, labrepl.run("export", markdown.toString()));
        Path ipynb = folder.resolve("lab1-task2-dynamodb.ipynb");
        labrepl.clear();

        int exit = labrepl.run("run", "--in-memory", "--port", "0", ipynb.toString());

        String transcript = labrepl.out();
        assertEquals(0, exit, transcript + labrepl.err());
        assertTrue(transcript.contains("[1/"), transcript);
        assertTrue(transcript.contains("PutItemResponse()"), "itemFromFile found the notebook's file= block");
        assertTrue(transcript.contains("(" + ipynb + " cell "), transcript);
        assertTrue(transcript.contains(" is a shell cell, for a terminal; labrepl verify runs it:)\n"
                + "    aws dynamodb scan --table-name LabCustomers --output json\n"), transcript);
        assertTrue(Files.notExists(folder.resolve("add-one-customer.json")), "the notebook's folder is left alone");
    }

    @Test
    void aFailingSnippetOfANotebookIsNamedByItsLine() throws Exception {
        Path markdown = Files.writeString(folder.resolve("fails.md"), "# Fails\n\n```java\nint x = 1;\n"
                + "dynamodb.describeTable(b -> b.tableName(\"Missing\"));\n```\n");

        int exit = labrepl.run("run", "--in-memory", "--port", "0", markdown.toString());

        assertEquals(1, exit);
        assertTrue(labrepl.out().contains(markdown + ":5: ResourceNotFoundException"), labrepl.out());
    }
}
