package labrepl.cloud;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import labrepl.cloud.dynamodb.DynamoDbService;
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

    static {
        // Without this the JDK's HttpServer delays every keep-alive response by ~40 ms (Nagle + delayed ACK).
        // It is read once, when the server classes load, so it must be set before the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final CloudIdentity identity;
    private final DataStore store;
    private final HttpServer server;
    private final ExecutorService workers;
    private final List<CloudService> services;

    private LocalCloud(CloudIdentity identity, DataStore store, HttpServer server, ExecutorService workers,
                       List<CloudService> services) {
        this.identity = identity;
        this.store = store;
        this.server = server;
        this.workers = workers;
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
        return server.getAddress().getPort();
    }

    /** The URL of a bucket's website endpoint on this cloud, e.g. {@code http://BUCKET.s3-website-us-west-2.localhost:4566/}. */
    public URI websiteEndpoint(String bucket) {
        return WebsiteEndpoint.local(bucket, identity.region(), port());
    }

    public CloudIdentity identity() {
        return identity;
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
        server.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        services.forEach(CloudService::close);
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
            List<CloudService> services = List.of();
            try {
                HttpServer server = bind(port);
                services = services(identity, store);
                ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());
                server.setExecutor(workers);
                server.createContext("/", new Router(services));
                server.start();
                return new LocalCloud(identity, store, server, workers, services);
            } catch (RuntimeException e) {
                services.forEach(CloudService::close);
                store.close();
                throw e;
            }
        }

        /** Order matters: DynamoDB claims its X-Amz-Target, website hosting its Host names, S3 REST the rest. */
        private static List<CloudService> services(CloudIdentity identity, DataStore store) {
            S3Storage s3Storage = new S3Storage(store);
            BucketAccess access = new BucketAccess(identity.accountId());
            S3Service s3 = new S3Service(identity, s3Storage, access);
            List<CloudService> services = new ArrayList<>();
            services.add(new DynamoDbService(identity, store));
            services.add(new StsService(identity));
            services.add(new WebsiteService(s3Storage, access, s3.objectResponses()));
            services.add(s3);
            return services;
        }

        private static HttpServer bind(int port) {
            try {
                return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
            } catch (BindException e) {
                throw new PortInUseException(port, e);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
            }
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "local-cloud-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
