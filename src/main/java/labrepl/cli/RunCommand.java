package labrepl.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import labrepl.notebook.TargetLease;
import labrepl.repl.Session;
import labrepl.script.ScriptReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labrepl run}: replay lab scripts, for an instructor in front of a class or a check in CI. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Replay lab scripts (.jsh) snippet by snippet in one session, echoing each before its output.",
                "Stops at the first failing snippet (exit code 1) unless --keep-going."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Lab scripts, replayed in order in one session;"
            + " file names in them are looked for next to the first script.")
    List<Path> scripts;

    @Option(names = "--step", description = "Pause before each snippet: Enter runs it, typed Java runs first, q quits.")
    boolean step;

    @Option(names = "--keep-going", description = "Go on after a failing snippet.")
    boolean keepGoing;

    @Mixin
    CloudOptions cloudOptions;

    @Mixin
    TargetOptions targetOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path script : scripts) {
            if (!Files.isRegularFile(script)) {
                throw new UsageError("no lab script at " + script);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TargetLease lease = TargetChoice.forReplay(targetOptions, cloudOptions);
                Session session = Session.builder(lease.target()).workingFolder(folderOf(scripts.get(0))).start()) {
            ScriptReplay.Builder replay = ScriptReplay.builder(session, out).keepGoing(keepGoing);
            if (step) {
                replay.step(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            }
            boolean failed = false;
            for (Path script : scripts) {
                ScriptReplay.Outcome outcome = replay.build().replay(script);
                failed |= !outcome.succeeded();
                if (outcome.quit() || (failed && !keepGoing)) {
                    break;
                }
            }
            return failed ? 1 : 0;
        }
    }

    /** Files a script names (itemFromFile) are looked for next to it. */
    static Path folderOf(Path script) {
        Path parent = script.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("");
    }
}
