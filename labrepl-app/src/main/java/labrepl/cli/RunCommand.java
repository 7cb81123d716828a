package labrepl.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.Positionals;
import labrepl.cli.syntax.UsageError;
import labrepl.notebook.LabFolder;
import labrepl.notebook.Notebook;
import labrepl.notebook.NotebookException;
import labrepl.repl.Session;
import labrepl.script.ScriptReplay;
import labrepl.target.TargetChoice;
import labrepl.target.TargetLease;

/** {@code labrepl run}: replay lab scripts, for an instructor in front of a class or a check in CI. */
final class RunCommand extends Command {

    static final String SUMMARY = "Replay lab scripts (.jsh), or the Java cells of notebooks (.md, .ipynb), snippet by"
            + " snippet in one session, echoing each before its output.";

    private static final CommandSyntax SYNTAX = TargetOptions.addTo(CloudOptions.addTo(CommandSyntax.builder("labrepl run")
            .description(SUMMARY, "Stops at the first failing snippet (exit code 1) unless --keep-going.")
            .positionals(Positionals.oneOrMore("FILE", "Lab scripts or notebooks, replayed in order in one session;"
                    + " file names in them are looked for next to the first script, or when it is a notebook, in a"
                    + " fresh folder with the lab's files and the notebook's file= blocks."))
            .option(Option.flag("--step", "Pause before each snippet: Enter runs it, typed Java runs first, q quits."))
            .option(Option.flag("--keep-going", "Go on after a failing snippet."))))
            .build();

    RunCommand() {
        super(SYNTAX);
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        List<Path> scripts = arguments.positionals().stream().map(Path::of).toList();
        for (Path script : scripts) {
            if (!Files.isRegularFile(script)) {
                throw new UsageError("no lab script or notebook at " + script);
            }
        }
        boolean keepGoing = arguments.has("--keep-going");
        CloudOptions cloudOptions = CloudOptions.from(arguments);
        TargetChoice choice = TargetOptions.choice(arguments, cloudOptions.region);
        choice.requireAccountOnAws("run");
        boolean notebookFirst = ScriptReplay.isNotebook(scripts.get(0));
        try (LabFolder labFolder = notebookFirst ? LabFolder.create() : null;
                TargetLease lease = choice.lease(cloudOptions.localCloud(), System.getenv());
                Session session = Session.builder(lease.target()).workingFolder(
                        notebookFirst ? labFolder.path() : folderOf(scripts.get(0)))
                        .confirmation(TargetOptions.unattended(arguments)).start()) {
            lease.awaitReady();
            choice.account(lease.target());
            ScriptReplay.Builder replay = ScriptReplay.builder(session, out).keepGoing(keepGoing);
            if (arguments.has("--step")) {
                replay.step(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            }
            boolean failed = false;
            for (Path script : scripts) {
                ScriptReplay.Outcome outcome;
                try {
                    outcome = replay.build().replay(script);
                } catch (NotebookException e) {
                    err.println("labrepl run: " + script + (Notebook.isJupyter(script) ? " cell " : ":") + e.line()
                            + ": " + e.problem());
                    return 1;
                }
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
