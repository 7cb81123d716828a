package labrepl.notebook.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown notebook cut where a Jupyter notebook has cell boundaries: each Java cell (with
 * the output block after it) on its own, each shell cell (with its output block) and each
 * {@code file=} block (of any language) on its own, and the prose between them.
 */
final class MarkdownSegments {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    enum Kind { PROSE, JAVA, SHELL, FILE }

    /**
     * @param markdown the segment's lines as written (for prose, shell and file segments)
     * @param fence    the opening fence's characters, e.g. {@code ```}
     * @param options  what follows {@code java} on the opening fence
     * @param source   a Java cell's code
     * @param expected a Java cell's output block, when it has one
     */
    record Segment(Kind kind, String markdown, String fence, String options, String source,
                   Optional<String> expected) {
    }

    private MarkdownSegments() {
    }

    static List<Segment> of(String text) {
        List<String> lines = text.lines().toList();
        List<Segment> segments = new ArrayList<>();
        int prose = 0;
        for (Node node = PARSER.parse(text).getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof FencedCodeBlock block) || kindOf(block) == Kind.PROSE) {
                continue;
            }
            Kind kind = kindOf(block);
            Optional<FencedCodeBlock> output = kind == Kind.FILE ? Optional.empty() : outputAfter(block);
            int first = firstLine(block);
            int last = lastLine(output.orElse(block));
            addProse(segments, lines, prose, first);
            if (kind == Kind.JAVA) {
                segments.add(new Segment(kind, "", block.getFenceCharacter().repeat(block.getOpeningFenceLength()),
                        FenceInfo.of(block.getInfo()).options(), block.getLiteral(),
                        output.map(FencedCodeBlock::getLiteral)));
            } else {
                segments.add(new Segment(kind, join(lines, first, last + 1), "", "", "", Optional.empty()));
            }
            if (output.isPresent()) {
                node = output.get();
            }
            prose = last + 1;
        }
        addProse(segments, lines, prose, lines.size());
        return segments;
    }

    private static Kind kindOf(FencedCodeBlock block) {
        FenceInfo info = FenceInfo.of(block.getInfo());
        if (info.option("file").isPresent() && !info.language().equals("output")) {
            return Kind.FILE;
        }
        return switch (info.language()) {
            case "java" -> Kind.JAVA;
            case "shell" -> Kind.SHELL;
            default -> Kind.PROSE;
        };
    }

    private static Optional<FencedCodeBlock> outputAfter(FencedCodeBlock block) {
        return block.getNext() instanceof FencedCodeBlock next && FenceInfo.of(next.getInfo()).language().equals("output")
                && FenceInfo.of(next.getInfo()).options().isEmpty() ? Optional.of(next) : Optional.empty();
    }

    private static int firstLine(FencedCodeBlock block) {
        return block.getSourceSpans().get(0).getLineIndex();
    }

    /** The block's last line: its closing fence, or for a block left open, the last line of the text. */
    private static int lastLine(FencedCodeBlock block) {
        return block.getSourceSpans().get(block.getSourceSpans().size() - 1).getLineIndex();
    }

    /** Prose between two cells, without the blank lines around it; nothing when it is only blank lines. */
    private static void addProse(List<Segment> segments, List<String> lines, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (start < end) {
            segments.add(new Segment(Kind.PROSE, join(lines, start, end), "", "", "", Optional.empty()));
        }
    }

    private static String join(List<String> lines, int from, int to) {
        return String.join("\n", lines.subList(from, to)) + "\n";
    }
}
