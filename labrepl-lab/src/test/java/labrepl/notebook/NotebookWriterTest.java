package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotebookWriterTest {

    @Test
    void onlyTheOutputBlocksContentChanges() {
        String text = "# Title  \n\nSome *prose*\twith odd   spacing.\n\n```java\n1 + 1\n```\n```output\n3\nold\n```\n"
                + "Closing words without a final newline";
        Notebook notebook = NotebookReader.parse(Path.of("n.md"), text);
        ExpectedOutput block = ((Cell.Java) notebook.cells().get(0)).expected().orElseThrow();

        String updated = NotebookWriter.withOutputs(notebook, Map.of(block, "2\n"));

        assertEquals(text.replace("3\nold\n", "2\n"), updated);
    }

    @Test
    void anEmptyOutputBlockIsFilledAndWindowsLineEndingsAreKept() {
        String text = "```java\r\n\"hi\"\r\n```\r\n```output\r\n```\r\n";
        Notebook notebook = NotebookReader.parse(Path.of("n.md"), text);
        ExpectedOutput block = ((Cell.Java) notebook.cells().get(0)).expected().orElseThrow();

        String updated = NotebookWriter.withOutputs(notebook, Map.of(block, "\"hi\"\n"));

        assertEquals("```java\r\n\"hi\"\r\n```\r\n```output\r\n\"hi\"\r\n```\r\n", updated);
    }
}
