package labrepl.target;

/** Options that name no target, or two at once; the message says which and what to do. */
public final class InvalidTargetChoice extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidTargetChoice(String message) {
        super(message);
    }
}
