package labrepl.repl.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.Snippet;
import labrepl.check.CheckResult;
import labrepl.check.Grader;
import labrepl.check.LabChecks;
import labrepl.check.Labs;
import labrepl.check.TargetReader;
import labrepl.check.report.TextReport;
import labrepl.notebook.SessionNotebook;
import labrepl.repl.Session;

/**
 * The REPL's slash commands. Each is a name, what it takes, one line of help and an action;
 * {@code /help} and Tab completion are built from the same table.
 */
final class Commands {

    private record Command(String name, String argument, String summary, Consumer<String> action) {
    }

    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final Session session;
    private final Printer printer;
    private final ShellCommand shell;
    private final List<String> typed;
    private final List<SessionNotebook.Entry> cells;
    private final Consumer<String> evalFile;
    private final MirrorCommands mirror;
    private boolean exitRequested;

    /**
     * @param evalFile  runs a file's snippets, showing what they print
     * @param evalTyped runs a cell as if the learner had typed it, values shown
     */
    Commands(Session session, Printer printer, List<String> typed, List<SessionNotebook.Entry> cells,
             Consumer<String> evalFile, Consumer<String> evalTyped) {
        this.session = session;
        this.printer = printer;
        this.shell = new ShellCommand(session, printer);
        this.typed = typed;
        this.cells = cells;
        this.evalFile = evalFile;
        this.mirror = new MirrorCommands(session, printer, evalTyped);
        add("/help", "", "the helpers with examples, the commands, the keys", arg -> help());
        add("/vars", "", "your variables with their values", arg -> list(session.variables(), "No variables yet."));
        add("/imports", "", "the active imports", arg -> printer.lines(session.imports()));
        add("/list", "", "your snippets, numbered", arg -> listSnippets());
        add("/history", "", "what you typed in this session", arg -> list(typed, "Nothing typed yet."));
        add("/open", "FILE", "run the snippets of a .jsh file", this::open);
        add("/save", "FILE", "save your snippets to a .jsh file", this::save);
        add("/save-notebook", "FILE.md", "save this session's cells and outputs as a notebook", this::saveNotebook);
        add("/sh", "COMMAND", "run a shell command (e.g. aws ...) against this target", shell::run);
        add("/aws", "[NAME =] COMMAND", "an aws CLI command as SDK Java: shown, run, response kept", mirror::aws);
        add("/cli", "[$N]", "the aws CLI command of the last SDK call (or of the one that gave $N)", mirror::cli);
        add("/check", "[LAB]", "grade the labs on this target: what is done, hints for the rest", this::check);
        add("/trace", "", "the full stack trace of the last exception", arg -> trace());
        add("/exit", "", "leave (as does Ctrl-D)", arg -> exitRequested = true);
    }

    private void add(String name, String argument, String summary, Consumer<String> action) {
        byName.put(name, new Command(name, argument, summary, action));
    }

    List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    String summary(String name) {
        return byName.get(name).summary();
    }

    /** Runs a command line such as {@code /open lab.jsh}; returns false when the learner asked to leave. */
    boolean run(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String name = space < 0 ? trimmed : trimmed.substring(0, space);
        String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
        List<String> matches = byName.keySet().stream().filter(n -> n.startsWith(name)).collect(Collectors.toList());
        Command command = byName.containsKey(name) ? byName.get(name)
                : matches.size() == 1 ? byName.get(matches.get(0)) : null;
        if (command == null) {
            printer.error(matches.isEmpty() ? "No command " + name + ". /help lists the commands."
                    : name + " could be " + String.join(", ", matches) + ".");
            return true;
        }
        command.action().accept(argument);
        return !exitRequested;
    }

    /** Ctrl-C while a command runs: ends a shell command. */
    void stop() {
        shell.stop();
    }

    private void help() {
        printer.title("Helpers (" + session.target().describe(Session.PRELOADED_SERVICES, Optional.empty()) + ")");
        for (String[] helper : HelpText.HELPERS) {
            printer.text(String.format("  %-26s %s", helper[0], helper[1]));
            printer.note(String.format("  %-26s %s", "", helper[2]));
        }
        printer.title("Commands");
        for (Command command : byName.values()) {
            String usage = command.argument().isEmpty() ? command.name() : command.name() + " " + command.argument();
            printer.text(String.format("  %-26s %s", usage, command.summary()));
        }
        HelpText.MIRROR.forEach(line -> printer.note("  " + line));
        printer.title("Keys");
        HelpText.KEYS.forEach(line -> printer.text("  " + line));
    }

    private void list(List<String> lines, String whenEmpty) {
        if (lines.isEmpty()) {
            printer.note(whenEmpty);
        } else {
            printer.lines(lines);
        }
    }

    private void listSnippets() {
        List<String> lines = new ArrayList<>();
        for (Snippet snippet : session.snippets()) {
            String[] sourceLines = snippet.source().strip().split("\n");
            lines.add(String.format("%4s : %s", snippet.id(), sourceLines[0]));
            for (int i = 1; i < sourceLines.length; i++) {
                lines.add("       " + sourceLines[i]);
            }
        }
        list(lines, "No snippets yet.");
    }

    private void open(String file) {
        if (file.isEmpty()) {
            printer.error("Usage: /open FILE, e.g. /open lab-scripts/lab1-task2-dynamodb.jsh");
            return;
        }
        Path path = session.context().resolve(file);
        try {
            evalFile.accept(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            printer.error("No file " + file + " in " + path.getParent());
        } catch (IOException e) {
            printer.error("Cannot read " + path + ": " + e.getMessage());
        }
    }

    private void save(String file) {
        if (file.isEmpty()) {
            printer.error("Usage: /save FILE, e.g. /save my-steps.jsh");
            return;
        }
        Path path = session.context().resolve(file);
        String text = session.snippets().stream().map(s -> s.source().strip()).collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            printer.note("Saved " + session.snippets().size() + " snippets to " + path);
        } catch (IOException e) {
            printer.error("Cannot write " + path + ": " + e.getMessage());
        }
    }

    private void saveNotebook(String file) {
        if (file.isEmpty()) {
            printer.error("Usage: /save-notebook FILE.md, e.g. /save-notebook my-session.md");
            return;
        }
        Path path = session.context().resolve(file);
        String title = "LabREPL session of " + java.time.LocalDate.now() + " on " + session.target().label();
        try {
            Files.writeString(path, SessionNotebook.write(title, cells), StandardCharsets.UTF_8);
            printer.note("Saved " + cells.size() + " cells to " + path + "; labrepl verify " + file + " replays them.");
        } catch (IOException e) {
            printer.error("Cannot write " + path + ": " + e.getMessage());
        }
    }

    /** Reads the target only, as {@code labrepl check} does; the learner's session and data are untouched. */
    private void check(String argument) {
        List<LabChecks> labs;
        try {
            labs = Labs.named(argument.isEmpty() ? List.of() : List.of(argument.split("\\s+")));
        } catch (IllegalArgumentException e) {
            printer.error(e.getMessage());
            return;
        }
        try (TargetReader target = TargetReader.of(session.target())) {
            List<CheckResult> grades = Grader.grade(target, labs);
            printer.text(TextReport.render(labs, grades, printer.showsColour()).stripTrailing());
        }
    }

    private void trace() {
        session.lastFailure().ifPresentOrElse(failure -> printer.text(failure.trace().stripTrailing()),
                () -> printer.note("No exception yet."));
    }
}
