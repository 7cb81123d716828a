package labrepl.cli.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSyntaxTest {

    private final CommandSyntax copy = CommandSyntax.builder("tool copy")
            .description("Copy files somewhere.")
            .positionals(Positionals.oneOrMore("FILE", "Files to copy."))
            .option(Option.valued("--to", "DIR", "Where the copies go. Default: the current folder."))
            .option(Option.flag("--dry-run", "Say what would be copied; copy nothing."))
            .option(Option.flag("--move", "Remove the originals."))
            .exclusive("--dry-run", "--move")
            .build();

    private Arguments parse(String... args) {
        return copy.parse(List.of(args));
    }

    private String problem(String... args) {
        return assertThrows(UsageError.class, () -> parse(args)).getMessage();
    }

    @Test
    void aValueComesAfterASpaceOrAnEqualsSign() {
        assertEquals("out", parse("--to", "out", "a").value("--to"));
        assertEquals("out=1", parse("--to=out=1", "a").value("--to"));
        assertEquals("", parse("--to=", "a").value("--to"));
        assertEquals("-", parse("--to", "-", "a").value("--to"));
    }

    @Test
    void flagsArePresentOrAbsent() {
        Arguments arguments = parse("a", "--dry-run");
        assertTrue(arguments.has("--dry-run"));
        assertFalse(arguments.has("--move"));
        assertNull(arguments.value("--to"));
    }

    @Test
    void positionalsKeepTheirOrderAndDoubleDashEndsTheOptions() {
        assertEquals(List.of("a", "-", "b", "--to"), parse("a", "-", "--", "b", "--to").positionals());
    }

    @Test
    void mistakesNameTheOptionAndWhereHelpIs() {
        assertEquals("unknown option '--too' (tool copy --help lists the options)", problem("--too", "x", "a"));
        assertTrue(problem("a", "--to").startsWith("option '--to' needs a value (DIR)"));
        assertTrue(problem("a", "--to", "--move").startsWith("option '--to' needs a value (DIR)"),
                "another option is not a value");
        assertTrue(problem("a", "--move=yes").startsWith("option '--move' takes no value"));
        assertTrue(problem("a", "--to", "x", "--to=y").startsWith("option '--to' is given twice"));
        assertTrue(problem("--to", "x").startsWith("missing FILE"));
        assertTrue(problem("a", "--dry-run", "--move").startsWith("--dry-run and --move are mutually exclusive"));
    }

    @Test
    void helpAndVersionNeedNothingElse() {
        assertTrue(parse("--help").helpRequested());
        assertTrue(parse("-h").helpRequested());
        assertTrue(parse("-V").versionRequested());
    }

    @Test
    void withoutPositionalsAnArgumentIsUnexpected() {
        CommandSyntax bare = CommandSyntax.builder("tool").build();
        assertEquals("unexpected argument 'x' (tool --help lists the options)",
                assertThrows(UsageError.class, () -> bare.parse(List.of("x"))).getMessage());
    }

    @Test
    void helpListsParametersAndOptionsInTwoWrappedColumns() {
        assertEquals("""
                Usage: tool copy [OPTIONS] FILE...
                Copy files somewhere.

                Parameters:
                  FILE...                 Files to copy.

                Options:
                  --to=DIR                Where the copies go. Default: the current folder.
                  --dry-run               Say what would be copied; copy nothing.
                  --move                  Remove the originals.
                  -h, --help              Show this help and exit.
                  -V, --version           Print the version and exit.
                """, copy.help());
    }

    @Test
    void longDescriptionsWrapUnderTheirColumn() {
        CommandSyntax tool = CommandSyntax.builder("tool")
                .option(Option.valued("--a-rather-long-option-name", "VALUE", "word ".repeat(20).strip()))
                .build();
        List<String> lines = tool.help().lines().toList();
        int at = lines.indexOf("  --a-rather-long-option-name=VALUE");
        assertTrue(at > 0, tool.help());
        String description = lines.get(at + 1) + " " + lines.get(at + 2);
        assertTrue(lines.get(at + 1).startsWith(" ".repeat(26) + "word"), tool.help());
        assertTrue(lines.get(at + 2).startsWith(" ".repeat(26) + "word"), tool.help());
        assertEquals(20, description.strip().split(" +").length, tool.help());
        assertTrue(lines.stream().allMatch(line -> line.length() <= 80), tool.help());
    }
}
