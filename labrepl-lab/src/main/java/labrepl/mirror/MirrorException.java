package labrepl.mirror;

/** A command line or a call the mirror cannot translate, with a message for the learner. */
public final class MirrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MirrorException(String message) {
        super(message);
    }
}
