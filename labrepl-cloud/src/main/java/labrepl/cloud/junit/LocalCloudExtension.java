package labrepl.cloud.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.storage.FileTrees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/** What {@link WithLocalCloud} does: one {@link TestCloud} per test class, its parts handed out by parameter. */
final class LocalCloudExtension
        implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor, ParameterResolver, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalCloudExtension.class);
    private static final String KEY = "cloud";

    /**
     * The parts a test can ask for, by type name: an SDK client's class is loaded only when a test
     * asks for it, so a project without that service's SDK module (IAM, Logs) can use the rest.
     */
    private static final Map<String, Function<Shared, Object>> PARTS = Map.of(
            TestCloud.class.getName(), Shared::cloud,
            LocalCloud.class.getName(), shared -> shared.cloud().cloud(),
            URI.class.getName(), shared -> shared.cloud().endpoint(),
            "software.amazon.awssdk.services.dynamodb.DynamoDbClient", shared -> shared.cloud().dynamodb(),
            "software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient",
                    shared -> shared.cloud().dynamodbStreams(),
            "software.amazon.awssdk.services.s3.S3Client", shared -> shared.cloud().s3(),
            "software.amazon.awssdk.services.lambda.LambdaClient", shared -> shared.cloud().lambda(),
            "software.amazon.awssdk.services.iam.IamClient", shared -> shared.cloud().iam(),
            "software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient", shared -> shared.cloud().logs(),
            AwsCli.class.getName(), shared -> shared.cloud().awsCli(shared.folder()));

    /** The class's cloud, the folder its AWS CLI works in, and the class that started them. */
    private record Shared(TestCloud cloud, Path folder, String owner) {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Shared shared = context.getStore(NAMESPACE).get(KEY, Shared.class); // a nested class shares its outer's
        if (shared == null) {
            String region = context.getRequiredTestClass().getAnnotation(WithLocalCloud.class).region();
            shared = new Shared(TestCloud.inMemory(region), Files.createTempDirectory("labrepl-test-cli-"),
                    context.getUniqueId());
            context.getStore(NAMESPACE).put(KEY, shared);
        }
        setFields(context.getRequiredTestClass(), null, shared);
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) {
        setFields(instance.getClass(), instance, context.getStore(NAMESPACE).get(KEY, Shared.class));
    }

    /** The {@link ClassCloud} fields: the static ones when {@code instance} is null, else the instance's. */
    private static void setFields(Class<?> testClass, Object instance, Shared shared) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                boolean wanted = field.isAnnotationPresent(ClassCloud.class)
                        && Modifier.isStatic(field.getModifiers()) == (instance == null);
                if (wanted) {
                    setField(field, instance, shared);
                }
            }
        }
    }

    private static void setField(Field field, Object instance, Shared shared) {
        Function<Shared, Object> part = PARTS.get(field.getType().getName());
        if (part == null || Modifier.isFinal(field.getModifiers())) {
            throw new IllegalStateException("@ClassCloud sets a non-final field of one of the types " + PARTS.keySet()
                    + ", not " + field);
        }
        try {
            field.setAccessible(true);
            field.set(instance, part.apply(shared));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Shared shared = context.getStore(NAMESPACE).get(KEY, Shared.class);
        if (shared != null && shared.owner().equals(context.getUniqueId())) {
            shared.cloud().close();
            deleteTree(shared.folder());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PARTS.containsKey(parameter.getParameter().getType().getName());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = context.getStore(NAMESPACE).get(KEY, Shared.class);
        if (shared == null) {
            throw new IllegalStateException("The local cloud of @WithLocalCloud starts before the class's tests;"
                    + " a static method called earlier cannot have it.");
        }
        return PARTS.get(parameter.getParameter().getType().getName()).apply(shared);
    }

    /** A test, or a class whose set-up, that takes the AWS CLI is skipped where none is installed. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Stream<Executable> needing = context.getTestMethod().<Stream<Executable>>map(Stream::of).orElseGet(() ->
                context.getTestClass().map(LocalCloudExtension::setUp).orElseGet(Stream::empty));
        boolean needsCli = needing.anyMatch(executable -> Stream.of(executable.getParameterTypes())
                .anyMatch(AwsCli.class::equals));
        if (needsCli && !AwsCli.isInstalled()) {
            return ConditionEvaluationResult.disabled("the AWS CLI (aws) is not installed on this machine");
        }
        return ConditionEvaluationResult.enabled("no AWS CLI needed, or it is installed");
    }

    private static Stream<Executable> setUp(Class<?> testClass) {
        Stream<Method> methods = Stream.of(testClass.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(BeforeAll.class) || m.isAnnotationPresent(BeforeEach.class));
        return Stream.concat(Stream.of(testClass.getDeclaredConstructors()), methods);
    }

    private static void deleteTree(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
