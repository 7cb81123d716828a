package labrepl.mirror;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * One SDK service client as the AWS CLI knows it: the names the CLI gives the service, whether
 * its protocol is JSON (where the CLI's member names are the wire names), and its operations.
 */
public final class ServiceModel {

    private final Class<?> client;
    private final String packageName;
    private final String metadataId;
    private volatile Map<String, OperationModel> operations;
    private volatile Boolean json;

    ServiceModel(Class<?> client) {
        this.client = client;
        this.packageName = client.getPackageName();
        this.metadataId = constant(client, "SERVICE_METADATA_ID");
    }

    public Class<?> client() {
        return client;
    }

    String packageName() {
        return packageName;
    }

    /**
     * The service's name on the AWS CLI. The CLI names most services after their endpoint prefix
     * ({@code logs}), some after the SDK's own name ({@code apigatewayv2}, {@code dynamodbstreams});
     * S3's low-level commands are {@code s3api}, as {@code s3} is taken by the high-level ones.
     */
    public String cliName() {
        if ("s3".equals(metadataId)) {
            return "s3api";
        }
        String own = ownName();
        boolean prefixIsAWord = metadataId != null && metadataId.chars().allMatch(Character::isLetterOrDigit);
        return prefixIsAWord && !(own.startsWith(metadataId) && !own.equals(metadataId)) ? metadataId : own;
    }

    boolean answersTo(String cliName) {
        return cliName.equals(cliName()) || cliName.equals(ownName()) || cliName.equals(metadataId);
    }

    /** The SDK's name: the package under {@code services}, without dots ({@code dynamodb.streams} is {@code dynamodbstreams}). */
    private String ownName() {
        return packageName.substring("software.amazon.awssdk.services.".length()).replace(".", "");
    }

    /** Whether the service speaks JSON, where the CLI's member names are the payload's location names. */
    boolean isJson() {
        if (json == null) {
            json = Stream.of(implementation().getDeclaredFields())
                    .anyMatch(field -> field.getType().getSimpleName().contains("JsonProtocolFactory"));
        }
        return json;
    }

    public Collection<OperationModel> operations() {
        return operationsByName().values();
    }

    OperationModel operation(String cliOperation) {
        OperationModel operation = operationsByName().get(cliOperation);
        if (operation == null) {
            String close = operationsByName().keySet().stream()
                    .filter(name -> name.contains(cliOperation) || cliOperation.contains(name))
                    .limit(6).reduce((a, b) -> a + ", " + b).orElse("");
            throw new MirrorException("aws " + cliName() + " has no operation " + cliOperation
                    + (close.isEmpty() ? "." : "; did you mean " + close + "?"));
        }
        return operation;
    }

    private Map<String, OperationModel> operationsByName() {
        if (operations == null) {
            Map<Class<?>, OperationModel.Builder> byRequest = new java.util.LinkedHashMap<>();
            for (Method method : client.getMethods()) {
                Class<?>[] parameters = method.getParameterTypes();
                if (!Modifier.isStatic(method.getModifiers()) && parameters.length >= 1 && parameters.length <= 2
                        && SdkRequest.class.isAssignableFrom(parameters[0])
                        && SdkResponse.class.isAssignableFrom(method.getReturnType())) {
                    byRequest.computeIfAbsent(parameters[0], request -> new OperationModel.Builder(this, request))
                            .add(method);
                }
            }
            Map<String, OperationModel> found = new TreeMap<>();
            byRequest.values().stream().flatMap(builder -> builder.build().stream())
                    .forEach(operation -> found.put(operation.cliName(), operation));
            operations = found;
        }
        return operations;
    }

    private Class<?> implementation() {
        try {
            return Class.forName(packageName + ".Default" + client.getSimpleName(), false, client.getClassLoader());
        } catch (ClassNotFoundException e) {
            return client;
        }
    }

    private static String constant(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return (String) field.get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return client.getSimpleName();
    }
}
