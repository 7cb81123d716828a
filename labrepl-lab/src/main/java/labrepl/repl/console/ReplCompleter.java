package labrepl.repl.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import labrepl.repl.Completions;
import labrepl.repl.Session;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completes Java (through JShell's own analysis), {@code /commands}, and file names after {@code /open} and {@code /save}. */
final class ReplCompleter implements Completer {

    private final Session session;
    private final Commands commands;

    ReplCompleter(Session session, Commands commands) {
        this.session = session;
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
        String line = parsed.line();
        if (line.startsWith("/") && line.indexOf(' ') < 0) {
            commands.names().forEach(name -> candidates.add(new Candidate(name, name, null, commands.summary(name),
                    null, null, true)));
        } else if (line.startsWith("/open ") || line.startsWith("/save ")) {
            files(parsed.word(), candidates);
        } else if (!line.startsWith("/")) {
            java(parsed, candidates);
        }
    }

    private void java(ParsedLine parsed, List<Candidate> candidates) {
        Completions completions = session.complete(parsed.line(), parsed.cursor());
        int wordStart = parsed.cursor() - parsed.wordCursor();
        // JLine replaces the word before the cursor; JShell's anchor is almost always the same place.
        String before = completions.anchor() < wordStart
                ? parsed.line().substring(completions.anchor(), wordStart) : "";
        for (String continuation : completions.candidates()) {
            String value = completions.anchor() > wordStart
                    ? parsed.line().substring(wordStart, completions.anchor()) + continuation
                    : continuation.startsWith(before) ? continuation.substring(before.length()) : continuation;
            boolean complete = !continuation.endsWith("(") && !continuation.endsWith(".");
            candidates.add(new Candidate(value, continuation, null, null, null, null, complete));
        }
    }

    private void files(String word, List<Candidate> candidates) {
        Path typed = Path.of(word.isEmpty() ? "." : word);
        Path folder = word.endsWith("/") || word.isEmpty() ? typed : typed.getParent();
        Path base = session.context().workingFolder();
        Path resolved = folder == null ? base : base.resolve(folder);
        String prefix = folder == null ? "" : (word.isEmpty() ? "" : folder + "/");
        try (Stream<Path> entries = Files.list(resolved)) {
            entries.forEach(entry -> {
                boolean directory = Files.isDirectory(entry);
                String name = prefix + entry.getFileName() + (directory ? "/" : "");
                candidates.add(new Candidate(name, entry.getFileName() + (directory ? "/" : ""), null, null, null,
                        null, !directory));
            });
        } catch (IOException | RuntimeException unreadable) {
            // No candidates for a folder that does not exist or cannot be read.
        }
    }
}
