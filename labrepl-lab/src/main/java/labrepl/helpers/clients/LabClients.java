package labrepl.helpers.clients;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import labrepl.target.Target;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.AttributeMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The SDK clients of one session, configured for its {@link Target}: each service's endpoint,
 * credentials that never get printed, an overall time limit on every call, connections that Ctrl-C
 * can abort, and, where calls reach real AWS, a confirmation before the first deletion of each kind.
 *
 * <pre>{@code
 * try (LabClients clients = LabClients.forTarget(target, new Redactor(), Confirmation.NO_TERMINAL)) {
 *     clients.dynamodb().listTables();
 * }
 * }</pre>
 */
public final class LabClients implements AutoCloseable {

    /** Long enough for a slow network; short enough that a call to a silent endpoint ends by itself. */
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

    private final Target target;
    private final RedactingCredentialsProvider credentials;
    private final AbortableHttpClient http;
    private final DestructiveCallGuard guard;
    private final Memo<DynamoDbClient> dynamodb;
    private final Memo<S3Client> s3;
    private final List<ExecutionInterceptor> interceptors;
    private final Map<Class<?>, Memo<SdkClient>> others = new ConcurrentHashMap<>();
    private final SdkCallLog calls = new SdkCallLog();

    private LabClients(Target target, Redactor redactor, Confirmation confirmation,
            List<ExecutionInterceptor> interceptors) {
        this.target = target;
        this.guard = new DestructiveCallGuard(confirmation, target.region());
        this.interceptors = List.copyOf(interceptors);
        // Made now, so fixed secrets are masked from the start, in /sh output too, before any client exists.
        this.credentials = new RedactingCredentialsProvider(target.credentials(), redactor);
        SdkHttpService httpService = ServiceLoader.load(SdkHttpService.class, SdkHttpService.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No SDK HTTP client on the class path"));
        this.http = new AbortableHttpClient(new RenewableHttpClient(
                () -> httpService.createHttpClientBuilder().buildWithDefaults(AttributeMap.empty())));
        this.dynamodb = new Memo<>(this::buildDynamoDb);
        this.s3 = new Memo<>(this::buildS3);
    }

    /** {@code confirmation} answers for deletions on real AWS (see {@link DestructiveCallGuard}). */
    public static LabClients forTarget(Target target, Redactor redactor, Confirmation confirmation) {
        return new LabClients(target, redactor, confirmation, List.of());
    }

    /**
     * Clients whose every call also passes through {@code interceptors}, e.g. a guard that lets only
     * reads through ({@code labrepl check}).
     */
    public static LabClients forTarget(Target target, Redactor redactor, Confirmation confirmation,
            List<ExecutionInterceptor> interceptors) {
        return new LabClients(target, redactor, confirmation, interceptors);
    }

    public Target target() {
        return target;
    }

    /**
     * A DynamoDB client for whichever session calls it (see {@link labrepl.helpers.LabContext#current()}):
     * what the learner's {@code dynamodb} is.
     */
    public static DynamoDbClient sessionDynamoDb(Supplier<LabClients> session) {
        return SessionClient.of(DynamoDbClient.class, session, clients -> clients.dynamodb.get());
    }

    /** An S3 client for whichever session calls it: what the learner's {@code s3} is. */
    public static S3Client sessionS3(Supplier<LabClients> session) {
        return SessionClient.of(S3Client.class, session, clients -> clients.s3.get());
    }

    /** A client of any service for whichever session calls it: what the learner's {@code client(StsClient.class)} is. */
    public static <T extends SdkClient> T sessionClient(Class<T> type, Supplier<LabClients> session) {
        return SessionClient.of(type, session, clients -> clients.client(type));
    }

    /**
     * This session's client of {@code type} (an SDK v2 sync client interface such as {@code StsClient}),
     * configured as {@code dynamodb} and {@code s3} are; built on first use.
     */
    public <T extends SdkClient> T client(Class<T> type) {
        if (type == DynamoDbClient.class) {
            return type.cast(dynamodb());
        }
        if (type == S3Client.class) {
            return type.cast(s3());
        }
        return type.cast(others.computeIfAbsent(type, t -> new Memo<>(() -> build(type))).get());
    }

    /** The calls this session's clients made, for {@code /cli}. */
    public SdkCallLog calls() {
        return calls;
    }

    /** This session's DynamoDB client, built on first use (or by {@link #warmUp()}). */
    public DynamoDbClient dynamodb() {
        return dynamodb.get();
    }

    /** This session's S3 client, path-style whenever an endpoint is set, built on first use. */
    public S3Client s3() {
        return s3.get();
    }

    /**
     * Builds both clients and, on the local cloud, makes one harmless call each, so the learner's
     * first call does not pay for class loading. Meant for a background thread; failures are ignored
     * because the learner's own call will report them.
     */
    public void warmUp() {
        try {
            DynamoDbClient ddb = dynamodb.get();
            S3Client s3Client = s3.get();
            if (target.kind() == Target.Kind.LOCAL) {
                SdkCallLog.unlogged(() -> {
                    ddb.listTables();
                    s3Client.listBuckets();
                });
            }
        } catch (SdkException ignored) {
            // The learner's first call reports the same problem where they can act on it.
        }
    }

    /**
     * Whether the calling thread is inside an HTTP call of a session's client, where stopping it
     * with an {@code Error} would make the HTTP client close its connection pool.
     */
    public static boolean httpCallInProgressOnThisThread() {
        return AbortableHttpClient.inCallOnThisThread();
    }

    /** Closes the connections of calls under way (their threads get an exception); returns how many. */
    public int abortCallsInFlight() {
        return http.abortAll();
    }

    @Override
    public void close() {
        dynamodb.ifBuilt(DynamoDbClient::close);
        s3.ifBuilt(S3Client::close);
        others.values().forEach(client -> client.ifBuilt(SdkClient::close));
        http.close();
    }

    private DynamoDbClient buildDynamoDb() {
        return configure(DynamoDbClient.builder(), DynamoDbClient.class).build();
    }

    private S3Client buildS3() {
        var builder = configure(S3Client.builder(), S3Client.class);
        target.endpointOfClient(S3Client.class).ifPresent(endpoint -> builder.forcePathStyle(true));
        return builder.build();
    }

    /** Any service's client, through its interface's static {@code builder()}. */
    private SdkClient build(Class<?> type) {
        try {
            Object builder = type.getMethod("builder").invoke(null);
            return (SdkClient) ((SdkBuilder<?, ?>) configure((AwsClientBuilder<?, ?>) builder, type)).build();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException(type.getName() + " is not an AWS SDK v2 client interface", e);
        }
    }

    /**
     * Region, credentials that never get printed, the session's HTTP client, time limit and
     * interceptors, and the endpoint of the service of {@code clientInterface}, with a confirmation
     * before deleting where its calls reach real AWS.
     */
    private <B extends AwsClientBuilder<?, ?>> B configure(B builder, Class<?> clientInterface) {
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder()
                .apiCallTimeout(CALL_TIMEOUT)
                .addExecutionInterceptor(new AttemptCounter())
                .addExecutionInterceptor(calls);
        interceptors.forEach(overrides::addExecutionInterceptor);
        if (target.clientReachesAws(clientInterface)) {
            overrides.addExecutionInterceptor(guard);
        }
        builder.region(Region.of(target.region()))
                .credentialsProvider(credentials)
                .overrideConfiguration(overrides.build());
        ((SdkSyncClientBuilder<?, ?>) builder).httpClient(http);
        target.endpointOfClient(clientInterface).ifPresent(builder::endpointOverride);
        return builder;
    }

    /** Builds a value once, on whichever thread asks first; the others wait for it. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Memo(Supplier<T> factory) {
            this.factory = factory;
        }

        @Override
        public T get() {
            T built = value;
            if (built == null) {
                synchronized (this) {
                    built = value;
                    if (built == null) {
                        built = factory.get();
                        value = built;
                    }
                }
            }
            return built;
        }

        void ifBuilt(java.util.function.Consumer<T> action) {
            T built = value;
            if (built != null) {
                action.accept(built);
            }
        }
    }
}
