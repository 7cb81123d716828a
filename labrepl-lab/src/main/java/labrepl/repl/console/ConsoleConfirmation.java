package labrepl.repl.console;

import labrepl.helpers.clients.Confirmation;
import labrepl.helpers.clients.DestructiveCall;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Asks the learner at the terminal before the first deletion of each kind on real AWS. Created
 * before the terminal exists, because the session (started in parallel) needs it first; until the
 * console attaches the terminal, nobody can answer and such a call fails.
 *
 * <p>It asks on the cell's own thread with a line reader of its own: the console's reader would
 * ask the session whether the answer is complete Java, and the session is busy running the cell.
 */
public final class ConsoleConfirmation implements Confirmation {

    private volatile Terminal terminal;

    @Override
    public boolean allows(DestructiveCall call) {
        Terminal asking = terminal;
        if (asking == null) {
            return NO_TERMINAL.allows(call);
        }
        LineReader reader = LineReaderBuilder.builder().terminal(asking).appName("labrepl").build();
        asking.writer().println(call.describe());
        asking.writer().flush();
        try {
            String answer = reader.readLine("Send it, and any later " + call.operation() + " of this session? [y/N] ");
            return answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        }
    }

    void attach(Terminal console) {
        this.terminal = console;
    }
}
