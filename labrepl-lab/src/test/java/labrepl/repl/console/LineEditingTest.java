package labrepl.repl.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What needs a terminal that can move the cursor (JLine turns completion and search off on a dumb
 * one): Tab completion of members and commands, Ctrl-R. The screen then carries redraws, so these
 * tests look for the lines they expect rather than compare whole transcripts.
 */
@WithLocalCloud
class LineEditingTest {

    private ReplDriver repl;

    @BeforeEach
    void start(URI endpoint, @TempDir Path folder) throws Exception {
        repl = new ReplDriver(Target.localCloud(endpoint, TestCloud.REGION), folder, folder.resolve("history"),
                "xterm-256color");
    }

    @AfterEach
    void stop() throws Exception {
        repl.close();
    }

    private static boolean shows(List<String> lines, String regex) {
        return lines.stream().anyMatch(line -> line.matches(regex));
    }

    @Test
    void tabCompletesAMemberThatIsUnique() throws Exception {
        repl.enter("String word = \"hi\"");
        repl.type("word.toUpperC\t");
        repl.awaitText("toUpperCase(");
        List<String> printed = repl.enter(")");
        assertTrue(shows(printed, ".*\\$1 ==> \"HI\""), String.join("\n", printed));
    }

    @Test
    void tabListsTheCandidatesOfASharedPrefix() throws Exception {
        repl.type("dynamodb.listTab\t");
        repl.awaitText("listTablesPaginator(");
        List<String> printed = repl.enter("().tableNames()");
        assertTrue(shows(printed, ".*\\$1 ==> \\[\\]"), String.join("\n", printed));
    }

    @Test
    void tabCompletesCommands() throws Exception {
        repl.enter("int commandTest = 5");
        repl.type("/his\t");
        repl.awaitText("/history");
        assertTrue(shows(repl.enter(""), ".*int commandTest = 5"));
    }

    @Test
    void ctrlRFindsAnEarlierLine() throws Exception {
        repl.enter("int searchedFor = 6 * 7");
        repl.enter("int other = 0");
        repl.type("\u0012searchedFor");
        repl.awaitText("searchedFor = 6");
        List<String> printed = repl.enter("");
        assertTrue(shows(printed, ".*searchedFor ==> 42"), String.join("\n", printed));
    }
}
