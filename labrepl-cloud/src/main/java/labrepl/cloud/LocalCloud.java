package labrepl.cloud;

import java.net.URI;
import java.nio.file.Path;
import labrepl.cloud.apigateway.ApiGatewayService;
import labrepl.cloud.apigateway.ExecuteApiService;
import labrepl.cloud.apigateway.execute.InvokeAddress;
import labrepl.cloud.apigateway.store.ApiCatalog;
import labrepl.cloud.dynamodb.DynamoDbService;
import labrepl.cloud.iam.IamService;
import labrepl.cloud.iam.RoleCatalog;
import labrepl.cloud.lambda.LambdaInvoker;
import labrepl.cloud.lambda.LambdaService;
import labrepl.cloud.lambda.LocalLambda;
import labrepl.cloud.logs.LogStore;
import labrepl.cloud.logs.LogsService;
import labrepl.cloud.http.HttpListener;
import labrepl.cloud.http.PortInUseException;
import labrepl.cloud.s3.S3Service;
import labrepl.cloud.s3.policy.BucketAccess;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.website.WebsiteEndpoint;
import labrepl.cloud.s3.website.WebsiteService;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.sts.StsService;

/**
 * The embedded local cloud: one HTTP listener on 127.0.0.1 that speaks DynamoDB's JSON
 * protocol and S3's REST protocol well enough for the AWS CLI, boto3 and the Java SDK.
 *
 * <pre>{@code
 * try (LocalCloud cloud = LocalCloud.builder().port(0).inMemory().start()) {
 *     URI endpoint = cloud.endpoint();   // http://127.0.0.1:PORT
 * }
 * }</pre>
 */
public final class LocalCloud implements AutoCloseable {

    public static final int DEFAULT_PORT = 4566;

    private final CloudIdentity identity;
    private final DataStore store;
    private final HttpListener listener;
    private final ServiceRegistry services;

    private LocalCloud(CloudIdentity identity, DataStore store, HttpListener listener, ServiceRegistry services) {
        this.identity = identity;
        this.store = store;
        this.listener = listener;
        this.services = services;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL every SDK and CLI call uses, e.g. {@code http://127.0.0.1:4566}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return listener.port();
    }

    /** The URL of a bucket's website endpoint on this cloud, e.g. {@code http://BUCKET.s3-website-us-west-2.localhost:4566/}. */
    public URI websiteEndpoint(String bucket) {
        return WebsiteEndpoint.local(bucket, identity.region(), port());
    }

    /** The invoke URL of an HTTP API on this cloud, e.g. {@code http://a1b2c3d4e5.execute-api.localhost:4566}. */
    public URI invokeUrl(String apiId) {
        return InvokeAddress.local(apiId, port());
    }

    /**
     * The services of this cloud and the interfaces they provide one another; a test can provide
     * its own implementation of one (a scripted Lambda) with {@link ServiceRegistry#provide}.
     */
    public ServiceRegistry registry() {
        return services;
    }

    public CloudIdentity identity() {
        return identity;
    }

    /**
     * An in-process interface a service of this cloud provides, e.g. {@link LambdaInvoker} to run a
     * function without HTTP.
     */
    public <T> T service(Class<T> api) {
        return services.require(api);
    }

    /** True when state lives in a data folder and survives a restart; false when it is in memory. */
    public boolean isPersistent() {
        return store.isPersistent();
    }

    /**
     * Stops listening, lets requests under way finish, then closes storage. Every write that
     * was acknowledged before this call is already durable.
     */
    @Override
    public void close() {
        listener.close();
        services.close();
        store.close();
    }

    /** Options for a {@link LocalCloud}; {@link #start()} opens storage, then binds the port. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private Path dataFolder;
        private String region;

        private Builder() {
        }

        /** Port on 127.0.0.1; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("A port is between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** Keep state in this folder across restarts. */
        public Builder dataFolder(Path folder) {
            this.dataFolder = folder;
            return this;
        }

        /** Keep state in memory only (the default when no data folder is given). */
        public Builder inMemory() {
            this.dataFolder = null;
            return this;
        }

        /** The region the cloud claims; defaults to {@link DefaultRegion#resolve()}. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * @throws labrepl.cloud.storage.DataStoreException when the data folder cannot be used
         * @throws PortInUseException when the port is taken
         */
        public LocalCloud start() {
            StartUpWarmUp.begin();
            CloudIdentity identity = CloudIdentity.local(region != null ? region : DefaultRegion.resolve());
            DataStore store = dataFolder == null ? DataStore.inMemory() : DataStore.open(dataFolder);
            ServiceRegistry services = new ServiceRegistry();
            HttpListener listener = null;
            try {
                listener = HttpListener.bind(port, "local-cloud");
                URI endpoint = URI.create("http://127.0.0.1:" + listener.port());
                register(new CloudContext(identity, store, endpoint, services));
                listener.start(services::answer);
                return new LocalCloud(identity, store, listener, services);
            } catch (RuntimeException e) {
                if (listener != null) {
                    listener.close();
                }
                services.close();
                store.close();
                throw e;
            }
        }

        /**
         * Every service of the cloud. A request goes to the first that claims it: DynamoDB by its
         * X-Amz-Target, STS, Lambda, IAM, CloudWatch Logs and API Gateway by their signatures' scope,
         * website hosting and HTTP APIs by their host names; S3's REST API answers the rest.
         */
        private static void register(CloudContext context) {
            S3Storage s3Storage = new S3Storage(context.store());
            BucketAccess access = new BucketAccess(context.identity().accountId());
            S3Service s3 = new S3Service(context.identity(), s3Storage, access);
            CloudIdentity identity = context.identity();
            LogStore logs = new LogStore(identity.accountId(), identity.region());
            RoleCatalog roles = new RoleCatalog(context.store(), identity.accountId());
            LocalLambda lambda = new LocalLambda(identity, context.store(), context.endpoint(), logs, roles::exists);
            ApiCatalog apis = new ApiCatalog(context.store());
            context.registry()
                    .provide(LambdaInvoker.class, lambda)
                    .add(new DynamoDbService(identity, context.store()))
                    .add(new StsService(identity))
                    .add(new LambdaService(lambda))
                    .add(new IamService(roles))
                    .add(new LogsService(logs))
                    .add(new WebsiteService(s3Storage, access, s3.objectResponses()))
                    .add(new ApiGatewayService(context, apis))
                    .add(new ExecuteApiService(context, apis))
                    .fallback(s3);
        }
    }
}
