package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labrepl run} replaying a script, as an instructor does in front of a class. */
class RunCommandTest {

    private static final String SCRIPT = """
            // a greeting
            var greeting = "hello";

            /* this one fails */
            dynamodb.describeTable(b -> b.tableName("Missing"));
            System.out.println(greeting + " again");
            """;

    @TempDir
    Path folder;

    @Test
    void eachSnippetIsEchoedAndTheFirstFailureStopsTheReplayWithItsLine() throws Exception {
        Path script = Files.writeString(folder.resolve("lab.jsh"), SCRIPT);
        StringWriter out = new StringWriter();

        int exit = VerifyCommandTest.run(out, "run", "--in-memory", "--port", "0", script.toString());

        String transcript = out.toString();
        assertEquals(1, exit);
        assertTrue(transcript.contains("[1/3] var greeting = \"hello\";\ngreeting ==> \"hello\""), transcript);
        assertTrue(transcript.contains(script + ":5: ResourceNotFoundException: Requested resource not found: Table:"
                + " Missing not found"), transcript);
        assertFalse(transcript.contains("[3/3]"), transcript);
    }

    @Test
    void keepGoingRunsTheRestAndStillExitsWithOne() throws Exception {
        Path script = Files.writeString(folder.resolve("lab.jsh"), SCRIPT);
        StringWriter out = new StringWriter();

        int exit = VerifyCommandTest.run(out, "run", "--in-memory", "--port", "0", "--keep-going", script.toString());

        assertEquals(1, exit);
        assertTrue(out.toString().contains("[3/3] System.out.println(greeting + \" again\");\nhello again"),
                out.toString());
    }

    @Test
    void stepModeShowsWhatComesNextAndRunsTheInstructorsAsideFirst() throws Exception {
        Path script = Files.writeString(folder.resolve("lab.jsh"), "var n = 20;\nn * 2\n");
        StringWriter out = new StringWriter();
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("\nn + 1\n\n".getBytes(StandardCharsets.UTF_8)));
        int exit;
        try {
            exit = VerifyCommandTest.run(out, "run", "--in-memory", "--port", "0", "--step", script.toString());
        } finally {
            System.setIn(stdin);
        }

        String transcript = out.toString();
        assertEquals(0, exit);
        assertTrue(transcript.contains("next [2/2] line 2:\n    n * 2\n"), transcript);
        assertTrue(transcript.indexOf("$1 ==> 21") < transcript.indexOf("[2/2] n * 2"), transcript);
        assertTrue(transcript.contains("$2 ==> 40"), transcript);
    }
}
