package labrepl.cloud.apigateway.execute;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.apigateway.cors.CorsPolicy;
import labrepl.cloud.apigateway.event.EventV1;
import labrepl.cloud.apigateway.event.EventV2;
import labrepl.cloud.apigateway.event.GatewayRequest;
import labrepl.cloud.apigateway.event.UrlDecoding;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Deployment;
import labrepl.cloud.apigateway.model.Integration;
import labrepl.cloud.apigateway.model.Route;
import labrepl.cloud.apigateway.response.GatewayAnswer;
import labrepl.cloud.apigateway.store.ApiCatalog;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;

/**
 * The data plane of HTTP APIs: a call to an invoke URL goes to its stage, the stage's deployment
 * chooses the route, the route's integration invokes the function with the payload format's
 * event, and the function's answer is mapped back; CORS is applied to whatever is answered.
 */
public final class Gateway implements AutoCloseable {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final ApiCatalog catalog;
    private final CloudIdentity identity;
    private final LambdaIntegration lambda;

    public Gateway(ApiCatalog catalog, CloudIdentity identity, LambdaIntegration lambda) {
        this.catalog = catalog;
        this.identity = identity;
        this.lambda = lambda;
    }

    public CloudResponse answer(CloudRequest request, InvokeAddress address) throws IOException {
        String requestId = requestId();
        Optional<Api> api = catalog.find(address.apiId());
        GatewayAnswer answer;
        if (api.isEmpty()) {
            answer = GatewayAnswer.notFound();
        } else if (api.get().disableExecuteApiEndpoint()) {
            answer = GatewayAnswer.forbidden();
        } else {
            Optional<StageChoice> stage = StageChoice.of(api.get(), address.rawPath());
            Deployment deployment = stage.map(choice -> api.get().deployments().get(choice.stage().deploymentId()))
                    .orElse(null);
            if (deployment == null) {
                answer = GatewayAnswer.notFound();
            } else if (deployment.cors() == null) {
                answer = call(request, address, api.get(), stage.get(), deployment, requestId);
            } else {
                CorsPolicy cors = new CorsPolicy(deployment.cors());
                if (CorsPolicy.isPreflight(request.method(), request.headers())) {
                    answer = cors.preflight(request.headers());
                } else {
                    answer = call(request, address, api.get(), stage.get(), deployment, requestId);
                    cors.decorate(request.header("Origin"), answer.headers());
                }
            }
        }
        return answer.toResponse().header("apigw-requestid", requestId);
    }

    private GatewayAnswer call(CloudRequest request, InvokeAddress address, Api api, StageChoice stage,
                               Deployment deployment, String requestId) throws IOException {
        Optional<byte[]> body = RequestBody.read(request);
        if (body.isEmpty()) {
            return GatewayAnswer.tooLarge();
        }
        Optional<RouteMatcher.Match> match = RouteMatcher.match(deployment.routes().values(), request.method(),
                UrlDecoding.segments(stage.routePath()));
        if (match.isEmpty()) {
            return GatewayAnswer.notFound();
        }
        Route route = match.get().route();
        Integration integration = route.integrationId() == null ? null
                : deployment.integrations().get(route.integrationId());
        if (integration == null) {
            return GatewayAnswer.notFound();
        }
        GatewayRequest call = new GatewayRequest(request.method(), address.rawPath(),
                request.rawQuery() == null ? "" : request.rawQuery(), request.headers(), body.get(), request.sourceIp(),
                request.localPort(), request.received(), requestId, identity.accountId(), api.apiId(),
                address.domainName(), stage.stage().stageName(), route.routeKey(), route.key().path(),
                match.get().pathParameters(), stage.stage().stageVariables());
        JsonObject event = integration.formatV2() ? EventV2.of(call) : EventV1.of(call);
        return lambda.invoke(integration, GSON.toJson(event).getBytes(StandardCharsets.UTF_8),
                sourceArn(api, stage, route), route.routeKey());
    }

    /** The ARN the function's resource policy is checked against: API, stage, then the route's method and path. */
    private String sourceArn(Api api, StageChoice stage, Route route) {
        String resource = route.key().isDefault() ? route.routeKey()
                : route.key().method() + route.key().path();
        return "arn:aws:execute-api:" + identity.region() + ":" + identity.accountId() + ":" + api.apiId() + "/"
                + stage.stage().stageName() + "/" + resource;
    }

    /** HTTP APIs' request ids: 11 random bytes in base64, e.g. {@code JKJaXmPLvHcESHA=}. */
    private static String requestId() {
        byte[] bytes = new byte[11];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void close() {
        lambda.close();
    }
}
