package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole program in a real pseudo-terminal (through {@code script}), where Ctrl-C is the
 * terminal's interrupt character turned into SIGINT by the kernel, as for a learner.
 */
@Tag("process")
@Tag("pty")
class PseudoTerminalTest {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[=>]|\r");

    @Test
    void ctrlCInARealTerminalStopsTheCellAndCtrlDLeaves(@TempDir Path home) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is not installed, so no pty here");
        String java = ProcessHandle.current().info().command().orElse("java");
        // A pty made by script(1) has no size; JLine would then squeeze the prompt to nothing. A test run
        // started in the background inherits SIGINT ignored, which no learner's terminal does: undo that.
        String repl = "stty cols 120 rows 40; exec env --default-signal=INT " + String.join(" ", List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + home, Main.class.getName(), "--in-memory", "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", repl, "/dev/null")
                .redirectErrorStream(true);
        builder.environment().put("TERM", "xterm-256color");
        Process process = builder.start();
        StringBuilder screen = new StringBuilder();
        try (OutputStream keys = process.getOutputStream(); InputStream out = process.getInputStream()) {
            awaitScreen(out, screen, "local> ");
            type(keys, "System.out.println(\"sl\" + \"eeping\"); Thread.sleep(600_000);\r");
            awaitScreen(out, screen, "sleeping\n");
            type(keys, "\u0003");
            awaitScreen(out, screen, "Stopped.");
            type(keys, "dynamodb.listTables().tableNames()\r");
            awaitScreen(out, screen, "==> []\nlocal> ");
            type(keys, "\u0004");
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), clean(screen));
            assertEquals(0, process.exitValue(), clean(screen));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private static void awaitScreen(InputStream out, StringBuilder screen, String text) throws IOException {
        byte[] buffer = new byte[8192];
        while (!clean(screen).contains(text)) {
            int n = out.read(buffer);
            if (n < 0) {
                throw new AssertionError("The REPL ended before showing " + text + ":\n" + clean(screen));
            }
            screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
    }

    private static String clean(CharSequence text) {
        return ANSI.matcher(text).replaceAll("");
    }
}
