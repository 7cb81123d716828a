package labrepl.helpers.clients;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import labrepl.target.AwsService;
import labrepl.target.Target;

/**
 * One client object that stands for "the client of the session I am called from". The learner's
 * {@code dynamodb} and {@code s3} are fields of a shared class, so several sessions in one JVM (a
 * notebook run) must each reach their own target; and the real SDK client, a second of class
 * loading on a cold JVM, is built on first use or by the background warm-up, not before the prompt.
 */
final class SessionClient implements InvocationHandler {

    private final Supplier<LabClients> session;
    private final Function<LabClients, Object> real;
    private final String type;

    private SessionClient(Supplier<LabClients> session, Function<LabClients, Object> real, String type) {
        this.session = session;
        this.real = real;
        this.type = type;
    }

    static <T> T of(Class<T> type, Supplier<LabClients> session, Function<LabClients, T> real) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new SessionClient(session, real::apply, type.getSimpleName()));
        return type.cast(proxy);
    }

    /** E.g. {@code DynamoDB at http://127.0.0.1:8000} for a {@code DynamoDbClient}. */
    private String where(Target target) {
        return AwsService.ofSdkName(type.replaceFirst("Client$", ""))
                .map(service -> target.describe(List.of(service), Optional.empty()))
                .orElseGet(target::describe);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        boolean noArguments = args == null || args.length == 0;
        switch (method.getName()) {
            case "toString":
                if (noArguments) {
                    return type + ": " + where(session.get().target());
                }
                break;
            case "hashCode":
                if (noArguments) {
                    return System.identityHashCode(proxy);
                }
                break;
            case "equals":
                if (args != null && args.length == 1) {
                    return proxy == args[0];
                }
                break;
            case "close":
                if (noArguments) {
                    // The session owns its clients and closes them; a learner's close() would break the next call.
                    return null;
                }
                break;
            default:
                break;
        }
        try {
            return method.invoke(real.apply(session.get()), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
