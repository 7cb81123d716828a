package labrepl.cloud.dynamodb.streams;

/** What a stream's records show of the item besides its keys (StreamViewType). */
public enum ViewType {
    KEYS_ONLY(false, false),
    NEW_IMAGE(false, true),
    OLD_IMAGE(true, false),
    NEW_AND_OLD_IMAGES(true, true);

    private final boolean old;
    private final boolean current;

    ViewType(boolean old, boolean current) {
        this.old = old;
        this.current = current;
    }

    boolean showsOld() {
        return old;
    }

    boolean showsNew() {
        return current;
    }
}
