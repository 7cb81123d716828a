package labrepl.cloud.lambda.bootstrap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a handler string ({@code pkg.Class::method} or {@code pkg.Class}) into a {@link FunctionHandler}
 * by AWS's Java runtime's rules: a class alone must implement {@link RequestHandler} or
 * {@link RequestStreamHandler}; a named method may take {@code (input)}, {@code (input, Context)},
 * {@code (InputStream, OutputStream[, Context])} and the other shapes AWS lists, the longest
 * signature winning and one ending with {@link Context} before others of its length.
 */
final class HandlerLoader {

    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final ClassLoader loader;

    HandlerLoader(ClassLoader loader) {
        this.loader = loader;
    }

    /** @throws HandlerNotUsable with AWS's error type and text when the handler cannot be used */
    FunctionHandler load(String handler) throws Throwable {
        int separator = handler.lastIndexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String methodName = separator < 0 ? null : handler.substring(separator + 2);
        if (className.isEmpty() || "".equals(methodName)) {
            throw new HandlerNotUsable(null, "Invalid handler: `" + handler + "'");
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new HandlerNotUsable("java.lang.ClassNotFoundException", "Class not found: " + className);
        }
        initialise(type);
        return methodName == null ? fromInterface(type) : fromMethod(type, methodName);
    }

    /** A static initialiser that fails is fatal, as on AWS: the runtime reports an init error and exits. */
    private static void initialise(Class<?> type) throws HandlerInitFailed {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new HandlerInitFailed("Error loading class " + type.getName() + ": " + cause.getMessage(), cause);
        }
    }

    private FunctionHandler fromInterface(Class<?> type) throws Throwable {
        if (RequestStreamHandler.class.isAssignableFrom(type)) {
            RequestStreamHandler instance = (RequestStreamHandler) instantiate(type);
            return instance::handleRequest;
        }
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new HandlerNotUsable(null, "Class does not implement an appropriate handler interface: " + type.getName());
        }
        Type[] arguments = requestHandlerArguments(type);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> instance = (RequestHandler<Object, Object>) instantiate(type);
        PojoSerializer<Object> input = Serializers.forType(arguments[0], loader);
        PojoSerializer<Object> output = isVoid(arguments[1]) ? null : Serializers.forType(arguments[1], loader);
        return (in, out, context) -> write(output, instance.handleRequest(read(input, in), context), out);
    }

    private FunctionHandler fromMethod(Class<?> type, String name) throws Throwable {
        Method[] candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge() && !m.isSynthetic() && m.getParameterCount() <= 3)
                .sorted(Comparator.comparingInt(HandlerLoader::weight).reversed())
                .toArray(Method[]::new);
        for (Method method : candidates) {
            FunctionHandler handler = fromSignature(type, method);
            if (handler != null) {
                return handler;
            }
        }
        throw new HandlerNotUsable(null, "No public method named " + name
                + " with appropriate method signature found on class " + type.getName());
    }

    private static int weight(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        boolean endsWithContext = parameters.length > 0 && parameters[parameters.length - 1] == Context.class;
        return parameters.length * 2 + (endsWithContext ? 1 : 0);
    }

    /** The handler for one overload, or null when its parameters are not a shape AWS accepts. */
    private FunctionHandler fromSignature(Class<?> type, Method method) throws Throwable {
        Type[] parameters = method.getGenericParameterTypes();
        Role[] roles = new Role[parameters.length];
        Type pojoType = null;
        for (int i = 0; i < parameters.length; i++) {
            roles[i] = Role.of(parameters[i]);
            if (roles[i] == Role.POJO) {
                pojoType = parameters[i];
            }
        }
        if (!Role.acceptable(roles)) {
            return null;
        }
        Object instance = Modifier.isStatic(method.getModifiers()) ? null : instantiate(type);
        boolean streams = Arrays.asList(roles).contains(Role.OUTPUT);
        PojoSerializer<Object> input = pojoType == null ? null : Serializers.forType(pojoType, loader);
        Type returns = method.getGenericReturnType();
        PojoSerializer<Object> output = streams || isVoid(returns) ? null : Serializers.forType(returns, loader);
        return (in, out, context) -> {
            Object[] arguments = new Object[roles.length];
            for (int i = 0; i < roles.length; i++) {
                arguments[i] = switch (roles[i]) {
                    case INPUT -> in;
                    case OUTPUT -> out;
                    case CONTEXT -> context;
                    case POJO -> read(input, in);
                };
            }
            Object result = invoke(method, instance, arguments);
            if (!streams) {
                write(output, result, out);
            }
        };
    }

    private static Object invoke(Method method, Object instance, Object[] arguments) throws Throwable {
        try {
            return method.invoke(instance, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object read(PojoSerializer<Object> serializer, InputStream in) {
        try {
            return serializer.fromJson(in);
        } catch (RuntimeException e) {
            throw new RuntimeException("An error occurred during JSON parsing", e);
        }
    }

    private static void write(PojoSerializer<Object> serializer, Object value, OutputStream out) throws Exception {
        if (serializer == null) {
            out.write(JSON_NULL);
            return;
        }
        try {
            serializer.toJson(value, out);
        } catch (RuntimeException e) {
            throw new RuntimeException("An error occurred during JSON serialization of response", e);
        }
    }

    private static boolean isVoid(Type type) {
        return type == void.class || type == Void.class;
    }

    private static Object instantiate(Class<?> type) throws Throwable {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new HandlerNotUsable(null, "Class " + type.getName() + " has no public zero-argument constructor");
        } catch (InvocationTargetException e) {
            throw new HandlerInitFailed("Error loading class " + type.getName() + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** The actual {@code I} and {@code O} of {@code RequestHandler<I, O>} somewhere above {@code type}. */
    private static Type[] requestHandlerArguments(Class<?> type) throws HandlerNotUsable {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Type[] found = search(c, bindings);
            if (found != null) {
                return found;
            }
            bind(c.getGenericSuperclass(), bindings);
        }
        throw new HandlerNotUsable(null, "Class " + type.getName()
                + " does not implement RequestHandler with concrete type parameters");
    }

    private static Type[] search(Class<?> c, Map<TypeVariable<?>, Type> bindings) throws HandlerNotUsable {
        for (Type implemented : c.getGenericInterfaces()) {
            if (Serializers.raw(implemented) == RequestHandler.class) {
                if (!(implemented instanceof ParameterizedType p)) {
                    throw new HandlerNotUsable(null, "Class " + c.getName()
                            + " does not implement RequestHandler with concrete type parameters");
                }
                Type[] arguments = p.getActualTypeArguments().clone();
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = bindings.getOrDefault(arguments[i], arguments[i]);
                    if (arguments[i] instanceof TypeVariable<?>) {
                        throw new HandlerNotUsable(null, "Class " + c.getName()
                                + " does not implement RequestHandler with concrete type parameters");
                    }
                }
                return arguments;
            }
            bind(implemented, bindings);
            Type[] found = search(Serializers.raw(implemented), bindings);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void bind(Type supertype, Map<TypeVariable<?>, Type> bindings) {
        if (supertype instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = ((Class<?>) p.getRawType()).getTypeParameters();
            Type[] actual = p.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], bindings.getOrDefault(actual[i], actual[i]));
            }
        }
    }

    /** What a handler method's parameter receives. */
    private enum Role {
        INPUT, OUTPUT, CONTEXT, POJO;

        static Role of(Type type) {
            if (type == InputStream.class) {
                return INPUT;
            }
            if (type == OutputStream.class) {
                return OUTPUT;
            }
            return type == Context.class ? CONTEXT : POJO;
        }

        /** The shapes AWS lists: streams first, a context last, at most one POJO and never beside a stream. */
        static boolean acceptable(Role[] roles) {
            List<Role> list = Arrays.asList(roles);
            return switch (roles.length) {
                case 0 -> true;
                case 1 -> true;
                case 2 -> list.equals(List.of(INPUT, OUTPUT)) || roles[1] == CONTEXT && roles[0] != CONTEXT;
                case 3 -> list.equals(List.of(INPUT, OUTPUT, CONTEXT));
                default -> false;
            };
        }
    }
}
