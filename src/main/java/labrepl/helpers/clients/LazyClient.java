package labrepl.helpers.clients;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * A client that is there at once and built on first use. The REPL hands the learner
 * {@code dynamodb} and {@code s3} before the prompt, while the real SDK clients (a second of class
 * loading on a cold JVM) are built in the background.
 */
final class LazyClient implements InvocationHandler {

    private final Supplier<?> real;
    private final String description;

    private LazyClient(Supplier<?> real, String description) {
        this.real = real;
        this.description = description;
    }

    static <T> T of(Class<T> type, Supplier<? extends T> real, String description) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new LazyClient(real, description));
        return type.cast(proxy);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "toString":
                return args == null ? description : call(method, args);
            case "hashCode":
                return args == null ? System.identityHashCode(proxy) : call(method, args);
            case "equals":
                return args != null && args.length == 1 ? proxy == args[0] : call(method, args);
            case "close":
                // The session owns the client and closes it; a learner's close() would break their next call.
                return args == null ? null : call(method, args);
            default:
                return call(method, args);
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real.get(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
