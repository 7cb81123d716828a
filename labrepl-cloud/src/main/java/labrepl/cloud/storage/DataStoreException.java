package labrepl.cloud.storage;

/** The data folder cannot be used: the message says why and what to do, in one sentence or two. */
public final class DataStoreException extends RuntimeException {

    public DataStoreException(String message) {
        super(message);
    }

    public DataStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
