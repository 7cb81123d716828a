package labrepl.cli;

import java.io.PrintWriter;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;

/** One thing {@code labrepl} does: what it accepts, and running it with the arguments given. */
abstract class Command {

    private final CommandSyntax syntax;

    Command(CommandSyntax syntax) {
        this.syntax = syntax;
    }

    final CommandSyntax syntax() {
        return syntax;
    }

    /** Runs with parsed arguments; returns the process's exit code. */
    abstract int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception;
}
