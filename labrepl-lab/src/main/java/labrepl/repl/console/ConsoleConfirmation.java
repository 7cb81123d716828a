package labrepl.repl.console;

import java.util.Optional;
import labrepl.helpers.clients.Confirmation;
import labrepl.helpers.clients.DestructiveCall;

/**
 * Asks the learner at the terminal before the first deletion of each kind on real AWS, on the
 * cell's behalf and through the cell's own input (a plain line editor, no REPL history). Until the
 * console attaches that input to its terminal, nobody can answer and such a call fails.
 */
public final class ConsoleConfirmation implements Confirmation {

    private final ConsoleInput input;

    /** Asks through {@code cellInput}, the input the session and its console were given. */
    public ConsoleConfirmation(ConsoleInput cellInput) {
        this.input = cellInput;
    }

    @Override
    public boolean allows(DestructiveCall call) {
        Optional<String> answer = input.ask(call.describe() + "\nSend it, and any later " + call.operation()
                + " of this session? [y/N] ");
        if (answer.isEmpty()) {
            return NO_TERMINAL.allows(call);
        }
        String typed = answer.get().strip();
        return typed.equalsIgnoreCase("y") || typed.equalsIgnoreCase("yes");
    }
}
