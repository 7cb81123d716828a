package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line as a user meets it: version, help, and mistakes answered in one line with exit code 2. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int labrepl(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void versionNamesLabReplAndTheJava() {
        assertEquals(0, labrepl("--version"));
        assertTrue(out.toString().startsWith("LabREPL "), out.toString());
        assertTrue(out.toString().contains("Java " + System.getProperty("java.version")), out.toString());
    }

    @Test
    void serveHelpShowsEveryOptionWithItsDefault() {
        assertEquals(0, labrepl("serve", "--help"));
        String help = out.toString();
        assertTrue(help.startsWith("Usage: labrepl serve [OPTIONS]\n"), help);
        assertTrue(help.contains("--port=N"), help);
        assertTrue(help.contains("Default: 4566"), help);
        assertTrue(help.contains("--data=DIR"), help);
        assertTrue(help.contains("--in-memory"), help);
        assertTrue(help.contains("--region=NAME"), help);
        assertTrue(help.contains("-h, --help"), help);
    }

    @Test
    void theReplsHelpListsTheCommands() {
        assertEquals(0, labrepl("-h"));
        String help = out.toString();
        assertTrue(help.startsWith("Usage: labrepl [COMMAND] [OPTIONS]\n"), help);
        for (String command : new String[] {"serve", "run", "verify", "check"}) {
            assertTrue(help.contains("\n  " + command + " "), command + " in\n" + help);
        }
    }

    @Test
    void helpWorksWithoutTheParametersACommandNeeds() {
        assertEquals(0, labrepl("run", "--help"));
        assertTrue(out.toString().startsWith("Usage: labrepl run [OPTIONS] FILE...\n"), out.toString());
    }

    @Test
    void anUnknownOptionNamesItAndWhereHelpIs() {
        assertEquals(2, labrepl("serve", "--prot", "1"));
        assertEquals("labrepl: unknown option '--prot' (labrepl serve --help lists the options)\n", err.toString());
    }

    @Test
    void aPortThatIsNotANumberSaysWhatIsAccepted() {
        assertEquals(2, labrepl("serve", "--port", "http"));
        assertEquals("labrepl: --port takes a number from 0 to 65535, not 'http'\n", err.toString());
    }

    @Test
    void anEndpointThatIsNotAUrlSaysWhatIsAccepted() {
        assertEquals(2, labrepl("verify", "--endpoint", "localhost"));
        assertTrue(err.toString().startsWith("labrepl: --endpoint takes a URL such as http://127.0.0.1:8000"),
                err.toString());
    }

    @Test
    void runWithoutAScriptIsAUsageError() {
        assertEquals(2, labrepl("run", "--in-memory"));
        assertEquals("labrepl: missing FILE (labrepl run --help lists the options)\n", err.toString());
    }
}
