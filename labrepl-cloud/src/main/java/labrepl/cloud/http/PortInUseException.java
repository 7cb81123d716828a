package labrepl.cloud.http;

/** The local cloud's port is taken by another program. */
public final class PortInUseException extends RuntimeException {

    public PortInUseException(int port, Throwable cause) {
        super("Port " + port + " on 127.0.0.1 is already in use. Stop what uses it, or choose another with"
                + " --port N (--port 0 picks a free one).", cause);
    }
}
