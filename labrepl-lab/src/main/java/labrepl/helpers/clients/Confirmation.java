package labrepl.helpers.clients;

/**
 * Who says yes before a session's first call of a kind deletes something on real AWS: the learner
 * at the REPL's terminal, nobody in a notebook or script (which cannot ask, so the call fails), or
 * {@code --yes}, given in advance.
 */
@FunctionalInterface
public interface Confirmation {

    /** {@code --yes}: every deletion goes ahead. */
    Confirmation YES = call -> true;

    /** Nobody can answer (a notebook, a script, no terminal): the call fails and says how to allow it. */
    Confirmation NO_TERMINAL = call -> {
        throw new DestructiveCallRefused(call.describe() + " was not sent: nobody is here to confirm it, and"
                + " LabREPL asks before the first deletion of each kind on real AWS. Give --yes to allow"
                + " deletions without asking.");
    };

    /**
     * True to send {@code call} and every later call of its kind in the session; false to fail this one.
     *
     * @throws DestructiveCallRefused instead of answering, when asking is not possible
     */
    boolean allows(DestructiveCall call);
}
