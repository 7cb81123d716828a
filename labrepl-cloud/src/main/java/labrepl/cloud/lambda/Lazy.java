package labrepl.cloud.lambda;

import java.util.function.Supplier;

/** A value made on first use, once, whichever thread asks first: the runtimes' files, python3's path. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = factory.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
