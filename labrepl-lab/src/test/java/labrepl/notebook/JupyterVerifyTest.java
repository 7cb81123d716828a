package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.junit.TestCloud;
import labrepl.notebook.jupyter.IpynbWriter;
import labrepl.target.LocalCloudTarget;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify on a Jupyter notebook: its code cells run and are judged, failures name the cell, --update fixes only them. */
class JupyterVerifyTest {

    private static final String NOTEBOOK = """
            # Prose

            ```java
            System.out.println("hi");
            1 + 1
            ```
            ```output
            hi
            3
            ```

            ```shell
            echo shell says hello
            ```
            ```output
            shell says goodbye
            ```

            ```java throws=ArithmeticException
            1 / 0
            ```
            ```output
            ArithmeticException: / by zero
            ...
            ```
            """;

    @TempDir
    Path folder;

    private List<CellResult> verify(Path notebook, boolean update) {
        return new NotebookRunner(LocalCloudTarget.freshInMemory(TestCloud.REGION), update).verify(notebook);
    }

    @Test
    void cellsAreRunAndJudgedAndAFailureNamesTheCell() throws Exception {
        Path notebook = Files.writeString(folder.resolve("lab.ipynb"), IpynbWriter.write(NOTEBOOK));

        List<CellResult> results = verify(notebook, false);

        CellResult sum = results.get(0);
        assertEquals(CellResult.Status.FAILED, sum.status());
        assertEquals(notebook + " cell 2", sum.location());
        assertEquals("hi\n3\n", sum.expected());
        assertEquals("hi\n2\n", sum.actual());
        CellResult thrown = results.get(results.size() - 1);
        assertEquals(CellResult.Status.PASSED, thrown.status(), thrown.toString());
        assertEquals(4, thrown.line());
    }

    @Test
    void updateRewritesTheStaleOutputsAndLeavesTheRestOfTheFileAsItWas() throws Exception {
        Assumptions.assumeTrue(AwsCli.isInstalled(), "shell cells run where the AWS CLI is installed");
        JsonObject exported = JsonParser.parseString(IpynbWriter.write(NOTEBOOK)).getAsJsonObject();
        JsonObject markdownCell = exported.getAsJsonArray("cells").get(0).getAsJsonObject();
        markdownCell.getAsJsonObject("metadata").addProperty("tags", "kept by other tools");
        Path notebook = Files.writeString(folder.resolve("lab.ipynb"),
                IpynbWriter.write(NOTEBOOK).replace("\"metadata\": {},\n   \"source\": [\n    \"# Prose\"",
                        "\"metadata\": {\n    \"tags\": \"kept by other tools\"\n   },\n   \"source\": [\n    \"# Prose\""));
        String before = Files.readString(notebook);

        List<CellResult> updated = verify(notebook, true);

        assertTrue(updated.stream().allMatch(r -> r.status() == CellResult.Status.PASSED), updated.toString());
        String after = Files.readString(notebook);
        assertEquals(before.replace("       \"3\"", "       \"2\"").replace("shell says goodbye", "shell says hello"),
                after);
        assertTrue(verify(notebook, false).stream().allMatch(r -> r.status() == CellResult.Status.PASSED));
    }

    @Test
    void aFileThatIsNotAJavaNotebookIsOneFailureSayingWhy() throws Exception {
        Path notebook = Files.writeString(folder.resolve("python.ipynb"),
                "{\"cells\": [], \"metadata\": {\"kernelspec\": {\"language\": \"python\"}}, \"nbformat\": 4}");

        List<CellResult> results = verify(notebook, false);

        assertEquals(1, results.size());
        assertEquals(notebook + " cell 1", results.get(0).location());
        assertTrue(results.get(0).message().startsWith("this notebook's kernel runs python"), results.get(0).message());
    }
}
