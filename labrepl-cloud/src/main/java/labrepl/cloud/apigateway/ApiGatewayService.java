package labrepl.cloud.apigateway;

import java.io.IOException;
import labrepl.cloud.CloudContext;
import labrepl.cloud.apigateway.control.ControlPlane;
import labrepl.cloud.apigateway.execute.InvokeAddress;
import labrepl.cloud.apigateway.store.ApiCatalog;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;

/**
 * API Gateway's control plane, the API the AWS CLI and SDKs call ({@code aws apigatewayv2 ...}):
 * a request signed for the {@code apigateway} service. Its APIs are served by {@link ExecuteApiService}.
 */
public final class ApiGatewayService implements CloudService {

    private final ControlPlane control;

    public ApiGatewayService(CloudContext context, ApiCatalog catalog) {
        int port = context.endpoint().getPort();
        this.control = new ControlPlane(catalog, context.identity(),
                apiId -> InvokeAddress.local(apiId, port).toString());
    }

    @Override
    public boolean accepts(CloudRequest request) {
        return "apigateway".equals(request.signedService()) && !InvokeAddress.matches(request);
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        return control.answer(request);
    }
}
