package labrepl.repl.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import labrepl.notebook.SessionNotebook;
import labrepl.repl.ResultText;
import labrepl.repl.Session;
import labrepl.repl.SnippetResult;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The interactive REPL: reads snippets and commands with JLine (completion, highlighting,
 * history, Ctrl-R, continuation lines), runs them in a {@link Session}, prints what they did.
 *
 * <pre>{@code
 * Console.builder(session, terminal).historyFile(home.resolve(".labrepl/history")).build().run();
 * }</pre>
 */
public final class Console {

    private final Session session;
    private final Terminal terminal;
    private final LineReader reader;
    private final Printer printer;
    private final Commands commands;
    private final List<String> typed = new ArrayList<>();
    private final List<SessionNotebook.Entry> cells = new ArrayList<>();
    private final String prompt;
    private volatile boolean cellRunning;

    private Console(Builder builder) {
        this.session = builder.session;
        this.terminal = builder.terminal;
        this.printer = new Printer(terminal);
        this.commands = new Commands(session, printer, typed, cells, this::runFile, cell -> runCell(cell, true));
        String label = session.target().label(builder.account);
        this.prompt = new AttributedString(label + "> ", AttributedStyle.BOLD.foreground(AttributedStyle.CYAN))
                .toAnsi(terminal);
        LineReaderBuilder lines = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("labrepl")
                .parser(new SnippetParser(session))
                .completer(new ReplCompleter(session, commands))
                .highlighter(new JavaHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, " ".repeat(Math.max(0, label.length() - 2)) + "...> ")
                .variable(LineReader.INDENTATION, 4)
                // '!' is Java's "not", never a history reference.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
        if (builder.historyFile != null) {
            lines.variable(LineReader.HISTORY_FILE, builder.historyFile);
        }
        this.reader = lines.build();
        builder.output.attach(terminal.writer(), reader);
        builder.input.attach(terminal, builder.output, this::interrupt);
    }

    public static Builder builder(Session session, Terminal terminal) {
        return new Builder(session, terminal);
    }

    /** Reads and runs until Ctrl-D or {@code /exit}. */
    public void run() {
        terminal.handle(Terminal.Signal.INT, signal -> interrupt());
        session.warmUpCompiler();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            typed.add(line);
            if (line.stripLeading().startsWith("/")) {
                cellRunning = true;
                boolean goOn;
                try {
                    goOn = commands.run(line.strip());
                } finally {
                    cellRunning = false;
                }
                if (!goOn) {
                    break;
                }
            } else {
                runCell(line, true);
            }
        }
        terminal.writer().flush();
    }

    private void interrupt() {
        if (cellRunning) {
            session.stop();
            commands.stop();
        }
    }

    private void runFile(String content) {
        runCell(content, false);
    }

    private void runCell(String cell, boolean showValues) {
        cellRunning = true;
        List<SnippetResult> results;
        try {
            results = session.eval(cell);
        } finally {
            cellRunning = false;
        }
        cells.add(new SessionNotebook.Entry(cell, results));
        for (SnippetResult result : results) {
            if (!result.output().isEmpty() && !result.output().endsWith("\n")) {
                printer.text("");
            }
            show(result, showValues);
        }
    }

    private void show(SnippetResult result, boolean showValues) {
        List<String> lines = ResultText.lines(result);
        switch (result.status()) {
            case OK:
                if (showValues) {
                    lines.forEach(printer::text);
                }
                break;
            case EXCEPTION:
                lines.forEach(printer::error);
                printer.note("  (/trace shows the stack trace)");
                break;
            case COMPILE_ERROR:
            case EXITED:
            case STOPPED:
                lines.forEach(printer::error);
                break;
            default:
                throw new IllegalStateException("Unknown status " + result.status());
        }
    }

    /** Options for a {@link Console}. */
    public static final class Builder {
        private final Session session;
        private final Terminal terminal;
        private Path historyFile;
        private ConsoleOutput output = new ConsoleOutput();
        private ConsoleInput input = new ConsoleInput();
        private Optional<String> account = Optional.empty();

        private Builder(Session session, Terminal terminal) {
            this.session = Objects.requireNonNull(session);
            this.terminal = Objects.requireNonNull(terminal);
        }

        /** Where history is kept across sessions; none when not set. */
        public Builder historyFile(Path file) {
            this.historyFile = file;
            return this;
        }

        /** What the session's cells read as System.in: the source the session was started with. */
        public Builder input(ConsoleInput source) {
            this.input = Objects.requireNonNull(source);
            return this;
        }

        /** The sink the session was started with, so snippet output reaches this terminal. */
        public Builder output(ConsoleOutput sink) {
            this.output = Objects.requireNonNull(sink);
            return this;
        }

        /** The account of the target's credentials, shown in the prompt on real AWS: {@code aws:ACCOUNT:REGION>}. */
        public Builder account(String accountId) {
            this.account = Optional.of(accountId);
            return this;
        }

        public Console build() {
            if (historyFile != null && historyFile.getParent() != null) {
                try {
                    Files.createDirectories(historyFile.getParent());
                } catch (IOException e) {
                    historyFile = null;
                }
            }
            return new Console(this);
        }
    }
}
