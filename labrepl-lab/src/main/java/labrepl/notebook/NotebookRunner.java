package labrepl.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import labrepl.helpers.clients.Confirmation;
import labrepl.repl.Session;
import labrepl.target.Target;
import labrepl.target.TargetLease;

/**
 * Runs a notebook's cells in order in one fresh session, in a fresh working folder, and
 * judges each against its expected output. With {@code update}, the notebook's expected
 * blocks are rewritten with what the cells printed instead.
 */
public final class NotebookRunner {

    private final Supplier<TargetLease> targets;
    private final boolean update;
    private final Confirmation confirmation;

    /** A runner whose cells fail at a deletion on real AWS: nobody can confirm it. */
    public NotebookRunner(Supplier<TargetLease> targets, boolean update) {
        this(targets, update, Confirmation.NO_TERMINAL);
    }

    /** A runner whose deletions on real AWS {@code confirmation} answers for ({@link Confirmation#YES}: {@code --yes}). */
    public NotebookRunner(Supplier<TargetLease> targets, boolean update, Confirmation confirmation) {
        this.targets = targets;
        this.update = update;
        this.confirmation = confirmation;
    }

    /** Reads and runs the notebook; a notebook that cannot be read is one failed result, not an exception. */
    public List<CellResult> verify(Path path) {
        Notebook notebook;
        try {
            notebook = NotebookReader.read(path);
        } catch (NotebookException e) {
            return List.of(CellResult.unreadable(path, e.line(), e.problem()));
        } catch (IOException e) {
            return List.of(CellResult.unreadable(path, 1, "cannot read the notebook: " + e.getMessage()));
        }
        try {
            return run(notebook);
        } catch (IOException e) {
            return List.of(CellResult.unreadable(path, 1, "cannot run the notebook: " + e.getMessage()));
        }
    }

    public List<CellResult> run(Notebook notebook) throws IOException {
        List<CellResult> results = new ArrayList<>();
        Map<Cell, String> newOutputs = new LinkedHashMap<>();
        try (LabFolder labFolder = LabFolder.create();
                TargetLease lease = targets.get();
                Session session = Session.builder(lease.target()).workingFolder(labFolder.path())
                        .confirmation(confirmation).start()) {
            Path folder = labFolder.path();
            ShellCells shell = new ShellCells(lease.target(), folder);
            for (Cell cell : notebook.cells()) {
                Optional<String> skip = reasonToSkip(cell, lease.target());
                if (skip.isPresent()) {
                    results.add(CellResult.skipped(notebook, cell, skip.get()));
                    continue;
                }
                if (cell instanceof Cell.File file) {
                    Files.writeString(folder.resolve(file.name()), file.content(), StandardCharsets.UTF_8);
                    continue;
                }
                CellOutput output = cell instanceof Cell.Java java
                        ? CellOutput.ofSnippets(session.eval(java.source()))
                        : shell.run((Cell.Shell) cell);
                Optional<ExpectedOutput> stale = expectedOf(cell).filter(block -> !cell.options().has("unchecked")
                        && !OutputMatcher.matches(block.text(), output.text()));
                if (update && stale.isPresent()) {
                    newOutputs.put(cell, output.text());
                }
                results.add(judge(notebook, cell, stale, output));
            }
        }
        if (update && !newOutputs.isEmpty()) {
            Files.writeString(notebook.path(), updated(notebook, newOutputs), StandardCharsets.UTF_8);
        }
        return results;
    }

    private static String updated(Notebook notebook, Map<Cell, String> newOutputs) throws IOException {
        if (Notebook.isJupyter(notebook.path())) {
            return IpynbUpdate.withOutputs(notebook.path(), Files.readString(notebook.path(), StandardCharsets.UTF_8),
                    newOutputs);
        }
        Map<ExpectedOutput, String> blocks = new LinkedHashMap<>();
        newOutputs.forEach((cell, text) -> blocks.put(expectedOf(cell).orElseThrow(), text));
        return NotebookWriter.withOutputs(notebook, blocks);
    }

    private static Optional<String> reasonToSkip(Cell cell, Target target) {
        Optional<String> notHere = cell.options().whyNotHere(target);
        if (notHere.isPresent()) {
            return notHere;
        }
        if (cell instanceof Cell.Shell && !ShellCells.awsCliInstalled()) {
            return Optional.of("the AWS CLI (aws) is not installed");
        }
        return Optional.empty();
    }

    private static Optional<ExpectedOutput> expectedOf(Cell cell) {
        if (cell instanceof Cell.Java java) {
            return java.expected();
        }
        return cell instanceof Cell.Shell shell ? shell.expected() : Optional.empty();
    }

    /**
     * {@code stale} is the expected block when the output does not match it. With
     * {@code update} the output becomes the new expectation, so only a failing cell fails.
     */
    private CellResult judge(Notebook notebook, Cell cell, Optional<ExpectedOutput> stale, CellOutput output) {
        Optional<String> throwsWanted = cell.options().get("throws");
        if (throwsWanted.isPresent()) {
            if (!output.thrown().equals(throwsWanted)) {
                return CellResult.failed(notebook, cell, null, output.text(), "expected " + throwsWanted.get()
                        + " to be thrown, but " + output.thrown().map(t -> t + " was").orElse("it was not"));
            }
        } else if (output.failed()) {
            return CellResult.failed(notebook, cell, null, output.text(), "the cell failed");
        }
        if (stale.isPresent()) {
            return update ? CellResult.updated(notebook, cell, output.text())
                    : CellResult.failed(notebook, cell, stale.get().text(), output.text(), "output differs");
        }
        Optional<String> unchecked = cell.options().get("unchecked");
        if (unchecked.isPresent()) {
            return CellResult.noted(notebook, cell, output.text(),
                    "output not checked" + (unchecked.get().isEmpty() ? "" : " (" + unchecked.get() + ")"));
        }
        return CellResult.passed(notebook, cell, output.text());
    }
}
