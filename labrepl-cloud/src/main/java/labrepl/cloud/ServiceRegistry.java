package labrepl.cloud;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;

/**
 * The services of one local cloud: the order requests are offered to them, the catch-all that
 * answers what none claims (S3, as on AWS an unmarked request is a browser fetching an object),
 * and the in-process interfaces through which one service calls another (API Gateway invoking
 * Lambda) without going over HTTP.
 */
public final class ServiceRegistry {

    private static final Logger LOG = Logger.getLogger(ServiceRegistry.class.getName());

    private final List<CloudService> services = new ArrayList<>();
    private final Map<Class<?>, Object> provided = new ConcurrentHashMap<>();
    private CloudService fallback;

    /** Offers requests to {@code service} after the services added before it, and before the fallback. */
    public ServiceRegistry add(CloudService service) {
        services.add(service);
        return this;
    }

    /** The service that answers every request no other service accepts. */
    public ServiceRegistry fallback(CloudService service) {
        this.fallback = service;
        return this;
    }

    /** Makes {@code implementation} what {@link #require} returns for {@code api}. */
    public <T> ServiceRegistry provide(Class<T> api, T implementation) {
        provided.put(api, api.cast(implementation));
        return this;
    }

    /**
     * The in-process interface {@code api}, as a service provided it.
     *
     * @throws IllegalStateException when no service of this cloud provides it
     */
    public <T> T require(Class<T> api) {
        Object found = provided.get(api);
        if (found == null) {
            throw new IllegalStateException("No service of this local cloud provides " + api.getSimpleName());
        }
        return api.cast(found);
    }

    /** The answer of the first service that accepts the request. */
    CloudResponse answer(CloudRequest request) throws IOException {
        for (CloudService service : services) {
            if (service.accepts(request)) {
                return service.handle(request);
            }
        }
        if (fallback != null && fallback.accepts(request)) {
            return fallback.handle(request);
        }
        return CloudResponse.text(400, "text/plain; charset=utf-8",
                "No local service answers " + request.method() + " " + request.rawTarget() + "\n");
    }

    /** Stops every service's background work, the last added first. */
    void close() {
        List<CloudService> all = new ArrayList<>(services);
        if (fallback != null) {
            all.add(fallback);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                all.get(i).close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopping " + all.get(i).getClass().getSimpleName() + " failed", e);
            }
        }
    }
}
