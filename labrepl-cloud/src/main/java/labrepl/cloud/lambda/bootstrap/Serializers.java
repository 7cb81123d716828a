package labrepl.cloud.lambda.bootstrap;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * AWS's own POJO serialisation (aws-lambda-java-serialization): types of aws-lambda-java-events
 * through its event serialisers, everything else through its Jackson configuration, as AWS's
 * Java runtime chooses.
 */
final class Serializers {

    private static final String EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events.";

    private Serializers() {
    }

    /** Builds Jackson's configuration while the handler's class loads: it is most of a cold start. */
    static void warmUpInBackground() {
        Thread warmUp = new Thread(JacksonFactory::getInstance, "serializer-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @SuppressWarnings("unchecked")
    static PojoSerializer<Object> forType(Type type, ClassLoader loader) {
        Class<?> raw = raw(type);
        if (raw.getName().startsWith(EVENTS_PACKAGE)) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(raw, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class;
    }
}
