package labrepl.cloud.apigateway.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.DataStoreException;
import labrepl.cloud.storage.StoredMap;

/**
 * Every HTTP API of the local cloud, kept in the data store across restarts. Changes are rare
 * (a learner creating routes), so each is written whole and committed before it is acknowledged;
 * the data plane reads the in-memory copy without locking.
 */
public final class ApiCatalog {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final StoredMap<String, String> saved;
    private final Map<String, Api> apis = new ConcurrentHashMap<>();

    public ApiCatalog(DataStore store) {
        this.saved = store.stringMap("apigateway/apis");
        saved.forEach((id, json) -> apis.put(id, read(id, json)));
    }

    private static Api read(String id, String json) {
        try {
            return GSON.fromJson(json, Api.class);
        } catch (RuntimeException e) {
            throw new DataStoreException("The HTTP API " + id + " in the data folder cannot be read (" + e.getMessage()
                    + "); the folder was written by another program or is damaged.", e);
        }
    }

    public Optional<Api> find(String apiId) {
        return apiId == null ? Optional.empty() : Optional.ofNullable(apis.get(apiId));
    }

    /** Every API, oldest first. */
    public List<Api> all() {
        List<Api> all = new ArrayList<>(apis.values());
        all.sort((a, b) -> a.createdDate() != b.createdDate() ? Long.compare(a.createdDate(), b.createdDate())
                : a.apiId().compareTo(b.apiId()));
        return all;
    }

    public synchronized void create(Api api) {
        save(api);
    }

    /**
     * Applies {@code change} to the API as it is now and stores the result; the change may throw
     * to refuse, and then nothing is stored.
     */
    public synchronized Api update(String apiId, UnaryOperator<Api> change) {
        Api current = apis.get(apiId);
        Api changed = change.apply(current);
        save(changed);
        return changed;
    }

    public synchronized void delete(String apiId) {
        apis.remove(apiId);
        saved.removeDurably(apiId);
    }

    private void save(Api api) {
        saved.putDurably(api.apiId(), GSON.toJson(api));
        apis.put(api.apiId(), api);
    }
}
