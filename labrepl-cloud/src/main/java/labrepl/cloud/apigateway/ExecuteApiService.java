package labrepl.cloud.apigateway;

import java.io.IOException;
import labrepl.cloud.CloudContext;
import labrepl.cloud.apigateway.execute.Gateway;
import labrepl.cloud.apigateway.execute.InvokeAddress;
import labrepl.cloud.apigateway.execute.LambdaIntegration;
import labrepl.cloud.apigateway.store.ApiCatalog;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;

/**
 * The HTTP APIs themselves: a call to {@code http://APIID.execute-api.localhost:PORT/...}, or to
 * the path-style {@code http://127.0.0.1:PORT/_aws/execute-api/APIID/...}, invokes the route's
 * function through the cloud's Lambda service.
 */
public final class ExecuteApiService implements CloudService {

    private final Gateway gateway;

    public ExecuteApiService(CloudContext context, ApiCatalog catalog) {
        this.gateway = new Gateway(catalog, context.identity(), new LambdaIntegration(context.registry()));
    }

    @Override
    public boolean accepts(CloudRequest request) {
        return InvokeAddress.matches(request);
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        return gateway.answer(request, InvokeAddress.of(request).orElseThrow());
    }

    @Override
    public void close() {
        gateway.close();
    }
}
