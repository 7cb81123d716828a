package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void versionNamesLabReplAndTheJava() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--version"));
        assertTrue(out.toString().startsWith("LabREPL "), out.toString());
        assertTrue(out.toString().contains("Java " + System.getProperty("java.version")), out.toString());
    }

    @Test
    void serveHelpShowsEveryOptionWithItsDefault() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("serve", "--help"));
        String help = out.toString();
        assertTrue(help.contains("--port=N"), help);
        assertTrue(help.contains("Default: 4566"), help);
        assertTrue(help.contains("--data=DIR"), help);
        assertTrue(help.contains("--in-memory"), help);
        assertTrue(help.contains("--region=NAME"), help);
    }

    @Test
    void anUnknownOptionNamesItAndExitsWithTwo() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("serve", "--prot", "1"));
        assertTrue(err.toString().contains("Unknown options: '--prot'"), err.toString());
    }
}
