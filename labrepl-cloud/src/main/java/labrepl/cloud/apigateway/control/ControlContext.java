package labrepl.cloud.apigateway.control;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.store.ApiCatalog;

/** What every operation works with: the catalog, the lookups, who the cloud is and its APIs' invoke URLs. */
record ControlContext(ApiCatalog catalog, Lookups lookups, CloudIdentity identity, Function<String, String> apiEndpoint) {

    long now() {
        return System.currentTimeMillis();
    }

    /** The API as it is now, or AWS's NotFoundException. */
    Api api(String apiId) {
        return lookups.api(catalog.find(apiId).orElse(null), apiId);
    }

    /**
     * Applies {@code change} to the API as it is now (AWS's NotFoundException when there is none)
     * and stores what it returns; the change may throw to refuse, and then nothing is stored.
     */
    Api change(String apiId, UnaryOperator<Api> change) {
        return catalog.update(apiId, current -> change.apply(lookups.api(current, apiId)));
    }
}
