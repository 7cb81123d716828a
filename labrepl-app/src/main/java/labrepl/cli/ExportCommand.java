package labrepl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.Positionals;
import labrepl.cli.syntax.UsageError;
import labrepl.notebook.Notebook;
import labrepl.notebook.jupyter.IpynbReader;
import labrepl.notebook.jupyter.IpynbWriter;

/** {@code labrepl export}: a Markdown notebook as a Jupyter notebook for a Java kernel, or back. */
final class ExportCommand extends Command {

    static final String SUMMARY = "Write a Markdown notebook as a Jupyter notebook (.ipynb) for the IJava or JJava"
            + " kernel, or a Jupyter notebook as Markdown.";

    private static final CommandSyntax SYNTAX = CommandSyntax.builder("labrepl export")
            .description(SUMMARY, "Prose becomes Markdown cells, Java cells code cells with their expected output"
                    + " as outputs; cell options, shell cells and file= blocks are kept so that the way back gives"
                    + " the same Markdown, and verify and run read either.")
            .positionals(new Positionals("NOTEBOOK", 1, 1, "The notebook to convert: a .md or a .ipynb file."))
            .option(Option.valued("--to", "FORMAT", "ipynb or md. Default: the other one."))
            .option(Option.valued("--output", "FILE", "Where to write it; - for standard output. Default: NOTEBOOK"
                    + " with the new extension, beside it."))
            .build();

    ExportCommand() {
        super(SYNTAX);
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
        Path input = Path.of(arguments.positionals().get(0));
        if (!Files.isRegularFile(input)) {
            throw new UsageError("no notebook at " + input);
        }
        boolean fromJupyter = Notebook.isJupyter(input);
        String to = arguments.has("--to") ? arguments.value("--to").toLowerCase(Locale.ROOT)
                : fromJupyter ? "md" : "ipynb";
        if (!to.equals("ipynb") && !to.equals("md")) {
            throw new UsageError("--to takes ipynb or md, not '" + arguments.value("--to") + "'");
        }
        if (fromJupyter == to.equals("ipynb")) {
            throw new UsageError(input + " is already " + (fromJupyter ? "a Jupyter" : "a Markdown") + " notebook");
        }
        String text = Files.readString(input, StandardCharsets.UTF_8);
        String converted;
        try {
            converted = fromJupyter ? IpynbReader.read(text).markdown() : IpynbWriter.write(text);
        } catch (IllegalArgumentException e) {
            err.println("labrepl export: " + input + ": " + e.getMessage());
            return 1;
        }
        String output = arguments.value("--output");
        if ("-".equals(output)) {
            out.print(converted);
            return 0;
        }
        Path target = output != null ? Path.of(output) : sibling(input, to);
        Files.writeString(target, converted, StandardCharsets.UTF_8);
        out.println("Wrote " + target);
        return 0;
    }

    /** {@code notebooks/lab1.md} to {@code notebooks/lab1.ipynb}, and back. */
    private static Path sibling(Path input, String extension) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return input.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "." + extension);
    }
}
