package labrepl.helpers.clients;

/** A call that would delete something on real AWS was not sent; the message says why and what allows it. */
public final class DestructiveCallRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DestructiveCallRefused(String message) {
        super(message);
    }
}
