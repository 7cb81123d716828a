package labrepl.notebook.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Markdown notebooks to Jupyter and back: the same bytes, and a Jupyter notebook a Java kernel shows as a run. */
class JupyterRoundTripTest {

    /** Every kind of block a notebook has, with the options verify reads. */
    static final String EVERYTHING = """
            # A notebook with every kind of cell

            Prose with `code`, a list:

            - one
            - two

            ```java
            var name = "Manu";
            name
            ```
            ```output
            "Manu"
            ```

            ```java
            System.out.println("one");
            System.out.println("two");
            1 + 1
            ```
            ```output
            one
            two
            2
            ```

            ```java throws=ResourceNotFoundException only=local,aws reason="moto differs"
            System.out.println("before");
            dynamodb.describeTable(b -> b.tableName("Nope"));
            ```
            ```output
            before
            ResourceNotFoundException: Requested resource not found: Table: Nope not found
            ...
            ```

            ```java unchecked="the time differs"
            java.time.Instant.now()
            ```
            ```output
            2026-01-01T00:00:00Z
            ```

            ```java
            pretty(dynamodb.listTables());
            ```
            ```output
            {
                "TableNames": []
            }
            ```

            ```java
            int quiet = 1;
            ```

            ```java
            System.out.print("");
            ```
            ```output
            ```

            ````java
            var text = \"""
                    ```
                    \""";
            ````
            ````output
            ````

            ```json file=add-one-customer.json
            {"ID": {"S": "ABD124"}}
            ```

            ```json
            {"shown": "never run"}
            ```

            ```java file=ListCustomers.java
            public class ListCustomers { }
            ```

            ```shell
            aws dynamodb list-tables --output text
            ```
            ```output
            TABLENAMES	LabCustomers
            ```

            The end.
            """;

    static Stream<Path> labNotebooks() throws Exception {
        return Files.list(Path.of("notebooks")).filter(path -> path.toString().endsWith(".md")).sorted();
    }

    @ParameterizedTest
    @MethodSource("labNotebooks")
    void theLabsNotebooksComeBackByteForByte(Path notebook) throws Exception {
        String markdown = Files.readString(notebook);

        assertEquals(markdown, IpynbReader.read(IpynbWriter.write(markdown)).markdown());
    }

    @Test
    void everyKindOfCellAndOptionComesBackByteForByte() {
        assertEquals(EVERYTHING, IpynbReader.read(IpynbWriter.write(EVERYTHING)).markdown());
    }

    private static JsonArray cells(String markdown) {
        return IpynbJson.parse(IpynbWriter.write(markdown)).getAsJsonArray("cells");
    }

    private static JsonObject cell(String markdown, int index) {
        return cells(markdown).get(index).getAsJsonObject();
    }

    @Test
    void theNotebookIsForTheJavaKernelOfIJavaAndJJava() {
        JsonObject metadata = IpynbJson.parse(IpynbWriter.write(EVERYTHING)).getAsJsonObject("metadata");

        assertEquals("{\"display_name\":\"Java\",\"language\":\"java\",\"name\":\"java\"}",
                metadata.get("kernelspec").toString());
        assertEquals("Java", metadata.getAsJsonObject("language_info").get("name").getAsString());
        assertEquals(".jshell", metadata.getAsJsonObject("language_info").get("file_extension").getAsString());
    }

    @Test
    void proseIsAMarkdownCellAndJavaACodeCellWithItsOptionsInItsMetadata() {
        JsonObject prose = cell(EVERYTHING, 0);
        assertEquals("markdown", prose.get("cell_type").getAsString());
        assertEquals(List.of("# A notebook with every kind of cell\n", "\n", "Prose with `code`, a list:\n", "\n",
                "- one\n", "- two"), strings(prose.getAsJsonArray("source")));

        JsonObject throwing = cell(EVERYTHING, 3);
        assertEquals("code", throwing.get("cell_type").getAsString());
        assertEquals("{\"labrepl\":{\"options\":\"throws=ResourceNotFoundException only=local,aws reason=\\\"moto"
                + " differs\\\"\"}}", throwing.get("metadata").toString());
        assertEquals(List.of("System.out.println(\"before\");\n",
                "dynamodb.describeTable(b -> b.tableName(\"Nope\"));"), strings(throwing.getAsJsonArray("source")));
    }

    @Test
    void printedTextIsAStreamTheLastExpressionsValueAResultAndAnExpectedExceptionAnError() {
        JsonArray outputs = cell(EVERYTHING, 2).getAsJsonArray("outputs");
        assertEquals("{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"one\\n\",\"two\\n\"]}",
                outputs.get(0).toString());
        assertEquals("{\"data\":{\"text/plain\":[\"2\"]},\"execution_count\":null,\"metadata\":{},"
                + "\"output_type\":\"execute_result\"}", outputs.get(1).toString());

        JsonArray thrown = cell(EVERYTHING, 3).getAsJsonArray("outputs");
        assertEquals("stream", thrown.get(0).getAsJsonObject().get("output_type").getAsString());
        JsonObject error = thrown.get(1).getAsJsonObject();
        assertEquals("error", error.get("output_type").getAsString());
        assertEquals("ResourceNotFoundException", error.get("ename").getAsString());
        assertEquals("Requested resource not found: Table: Nope not found", error.get("evalue").getAsString());
        assertEquals(2, error.getAsJsonArray("traceback").size());

        JsonArray printedOnly = cell(EVERYTHING, 5).getAsJsonArray("outputs");
        assertEquals(1, printedOnly.size(), "a cell ending in a statement shows only what it printed");
        assertEquals(0, cell(EVERYTHING, 6).getAsJsonArray("outputs").size(), "no output block, no outputs");
    }

    @Test
    void fileBlocksAndShellCellsAreMarkdownCellsMarkedForLabRepl() {
        JsonArray cells = cells(EVERYTHING);
        JsonObject file = cells.get(9).getAsJsonObject();
        assertEquals("markdown", file.get("cell_type").getAsString());
        assertEquals("{\"labrepl\":{\"cell\":\"file\"}}", file.get("metadata").toString());
        assertEquals("```json file=add-one-customer.json\n", file.getAsJsonArray("source").get(0).getAsString());

        JsonObject javaFile = cells.get(11).getAsJsonObject();
        assertEquals("{\"labrepl\":{\"cell\":\"file\"}}", javaFile.get("metadata").toString());

        JsonObject shell = cells.get(12).getAsJsonObject();
        assertEquals("{\"labrepl\":{\"cell\":\"shell\"}}", shell.get("metadata").toString());
        assertEquals(List.of("```shell\n", "aws dynamodb list-tables --output text\n", "```\n", "```output\n",
                "TABLENAMES\tLabCustomers\n", "```"), strings(shell.getAsJsonArray("source")));
    }

    @Test
    void theFileIsWrittenAsJupyterWritesIt() {
        String ipynb = IpynbWriter.write("# Title\n\n```java\n1 + 1\n```\n```output\n2\n```\n");

        assertEquals("""
                {
                 "cells": [
                  {
                   "cell_type": "markdown",
                   "id": "cell-1",
                   "metadata": {},
                   "source": [
                    "# Title"
                   ]
                  },
                  {
                   "cell_type": "code",
                   "execution_count": null,
                   "id": "cell-2",
                   "metadata": {},
                   "outputs": [
                    {
                     "data": {
                      "text/plain": [
                       "2"
                      ]
                     },
                     "execution_count": null,
                     "metadata": {},
                     "output_type": "execute_result"
                    }
                   ],
                   "source": [
                    "1 + 1"
                   ]
                  }
                 ],
                 "metadata": {
                  "kernelspec": {
                   "display_name": "Java",
                   "language": "java",
                   "name": "java"
                  },
                  "language_info": {
                   "codemirror_mode": "java",
                   "file_extension": ".jshell",
                   "mimetype": "text/x-java-source",
                   "name": "Java",
                   "pygments_lexer": "java"
                  }
                 },
                 "nbformat": 4,
                 "nbformat_minor": 5
                }
                """, ipynb);
    }

    @Test
    void aNotebookRunInIJavaIsReadWithItsOutputsAsTheExpectedOnes() {
        String ran = """
                {"cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": "Two cells run in Jupyter"},
                  {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["int x = 2;\\n", "x * 21"],
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": "part"},
                               {"output_type": "stream", "name": "stdout", "text": "ly\\n"},
                               {"output_type": "execute_result", "execution_count": 3, "metadata": {},
                                "data": {"text/plain": "42", "text/html": "<b>42</b>"}}]},
                  {"cell_type": "code", "execution_count": null, "metadata": {}, "source": "```java\\nnested\\n```",
                   "outputs": []}
                ],
                 "metadata": {"kernelspec": {"name": "jjava", "language": "java", "display_name": "Java"}},
                 "nbformat": 4, "nbformat_minor": 4}
                """;

        IpynbReader.Converted converted = IpynbReader.read(ran);

        assertEquals("""
                Two cells run in Jupyter

                ```java
                int x = 2;
                x * 21
                ```
                ```output
                partly
                42
                ```

                ````java
                ```java
                nested
                ```
                ````
                """, converted.markdown());
        assertEquals(List.of(1, 3, 12), converted.cellLines());
        assertEquals(2, converted.cellAt(3));
        assertEquals(2, converted.cellAt(11));
        assertEquals(3, converted.cellAt(12));
    }

    @Test
    void aNotebookForAnotherLanguageIsRefusedSayingSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpynbReader.read(
                "{\"cells\": [], \"metadata\": {\"kernelspec\": {\"language\": \"python\"}}, \"nbformat\": 4}"));
        assertEquals("this notebook's kernel runs python; LabREPL runs Java notebooks (kernelspec language java, as"
                + " IJava and JJava write)", e.getMessage());
        assertEquals("not a Jupyter notebook: the file is not a JSON object",
                assertThrows(IllegalArgumentException.class, () -> IpynbReader.read("# markdown")).getMessage());
    }

    private static List<String> strings(JsonArray array) {
        return array.asList().stream().map(element -> element.getAsString()).toList();
    }
}
