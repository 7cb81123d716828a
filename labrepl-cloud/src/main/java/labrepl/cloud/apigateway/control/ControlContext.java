package labrepl.cloud.apigateway.control;

import java.util.function.Function;
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
}
