package labrepl.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import labrepl.notebook.jupyter.IpynbReader;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a notebook with a CommonMark parser: fenced blocks are found the way any Markdown
 * viewer finds them, and each keeps its source lines for error messages and rewriting.
 */
public final class NotebookReader {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private NotebookReader() {
    }

    /** Reads a Markdown notebook, or a Jupyter notebook ({@code .ipynb}) as the Markdown it stands for. */
    public static Notebook read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return Notebook.isJupyter(path) ? fromJupyter(path, text) : parse(path, text);
    }

    /** A Jupyter notebook's cells, each numbered as the notebook's cell it came from rather than by line. */
    static Notebook fromJupyter(Path path, String json) {
        IpynbReader.Converted converted = jupyterAsMarkdown(json);
        Notebook markdown;
        try {
            markdown = parse(path, converted.markdown());
        } catch (NotebookException e) {
            throw new NotebookException(converted.cellAt(e.line()), e.problem());
        }
        return new Notebook(path, converted.markdown(), markdown.cells().stream()
                .map(cell -> numbered(cell, converted.cellAt(cell.line()))).toList());
    }

    static IpynbReader.Converted jupyterAsMarkdown(String json) {
        try {
            return IpynbReader.read(json);
        } catch (IllegalArgumentException e) {
            throw new NotebookException(1, e.getMessage());
        }
    }

    private static Cell numbered(Cell cell, int number) {
        if (cell instanceof Cell.Java java) {
            return new Cell.Java(number, java.source(), java.options(), java.expected());
        }
        if (cell instanceof Cell.Shell shell) {
            return new Cell.Shell(number, shell.script(), shell.options(), shell.expected());
        }
        Cell.File file = (Cell.File) cell;
        return new Cell.File(number, file.name(), file.content(), file.options());
    }

    public static Notebook parse(Path path, String text) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block);
            }
        });
        List<String> lines = text.lines().toList();
        List<Cell> cells = new ArrayList<>();
        for (FencedCodeBlock block : blocks) {
            cellOf(block, lines).ifPresent(cells::add);
        }
        return new Notebook(path, text, cells);
    }

    private static Optional<Cell> cellOf(FencedCodeBlock block, List<String> lines) {
        String info = info(block);
        String language = language(block);
        int line = openingLine(block) + 1;
        CellOptions options = CellOptions.parse(info.substring(language.length()), line);
        String content = block.getLiteral();
        if (options.has("file") && !language.equals("output")) {
            return Optional.of(new Cell.File(line, checkedName(options.get("file").orElseThrow(), line), content,
                    options));
        }
        switch (language) {
            case "java":
                return Optional.of(new Cell.Java(line, content, options, outputAfter(block, lines)));
            case "shell":
                return Optional.of(new Cell.Shell(line, content, options, outputAfter(block, lines)));
            case "output":
                if (!(block.getPrevious() instanceof FencedCodeBlock previous && isRunnable(previous))) {
                    throw new NotebookException(line, "an output block must come right after a java or shell cell");
                }
                return Optional.empty();
            default:
                return Optional.empty(); // shown, never run
        }
    }

    /** A Java or shell cell; a block that names a file= is written, not run, whatever its language. */
    private static boolean isRunnable(FencedCodeBlock block) {
        return (language(block).equals("java") || language(block).equals("shell"))
                && !CellOptions.parse(info(block).substring(language(block).length()), openingLine(block) + 1)
                        .has("file");
    }

    private static String info(FencedCodeBlock block) {
        return block.getInfo() == null ? "" : block.getInfo().strip();
    }

    private static String language(FencedCodeBlock block) {
        return info(block).split("\\s+", 2)[0];
    }

    private static Optional<ExpectedOutput> outputAfter(FencedCodeBlock block, List<String> lines) {
        if (!(block.getNext() instanceof FencedCodeBlock next)) {
            return Optional.empty();
        }
        if (!info(next).equals("output")) {
            return Optional.empty();
        }
        int open = openingLine(next);
        int last = next.getSourceSpans().get(next.getSourceSpans().size() - 1).getLineIndex();
        int end = isClosingFence(lines.get(last), next) && last > open ? last : last + 1;
        return Optional.of(new ExpectedOutput(next.getLiteral(), open + 1, end));
    }

    private static boolean isClosingFence(String line, FencedCodeBlock block) {
        String stripped = line.strip();
        char fence = block.getFenceCharacter() == null ? '`' : block.getFenceCharacter().charAt(0);
        return stripped.length() >= 3 && stripped.chars().allMatch(c -> c == fence);
    }

    private static int openingLine(FencedCodeBlock block) {
        return block.getSourceSpans().get(0).getLineIndex();
    }

    /** A file name in the notebook's own folder: no paths, so a notebook cannot write elsewhere. */
    private static String checkedName(String name, int line) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new NotebookException(line, "file= takes a plain file name such as add-one-customer.json, not '"
                    + name + "'");
        }
        return name;
    }
}
