package labrepl.cloud.apigateway.control;

import java.util.List;
import java.util.Set;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Deployment;
import labrepl.cloud.apigateway.model.ResourceIds;
import labrepl.cloud.apigateway.model.Stage;

/** CreateDeployment, GetDeployment, GetDeployments and DeleteDeployment. */
final class DeploymentOperations {

    private static final Set<String> MEMBERS = Set.of("description", "stageName");

    private final ControlContext context;

    DeploymentOperations(ControlContext context) {
        this.context = context;
    }

    ControlAnswer create(ControlRequest request) {
        String apiId = request.segment(2);
        Members body = request.body().only(MEMBERS);
        String description = body.string("description", 0, 1024);
        String stageName = body.string("stageName", 1, 128);
        long now = context.now();
        String deploymentId = ResourceIds.deployment();
        Api updated = context.change(apiId, api -> {
            if (stageName != null) {
                context.lookups().stage(api, stageName);
            }
            return AutoDeploy.deploy(api, stageName, api.snapshot(deploymentId, description, now, false), now);
        });
        return ControlAnswer.created(Shapes.deployment(updated.deployments().get(deploymentId)));
    }

    ControlAnswer get(ControlRequest request) {
        return ControlAnswer.ok(Shapes.deployment(context.lookups().deployment(context.api(request.segment(2)), request.segment(4))));
    }

    ControlAnswer list(ControlRequest request) {
        List<Deployment> all = context.api(request.segment(2)).deployments().values().stream().toList();
        return Paging.page(request, all, Shapes::deployment);
    }

    ControlAnswer delete(ControlRequest request) {
        String apiId = request.segment(2);
        String deploymentId = request.segment(4);
        context.change(apiId, api -> {
            context.lookups().deployment(api, deploymentId);
            for (Stage stage : api.stages().values()) {
                if (deploymentId.equals(stage.deploymentId())) {
                    throw ApiGatewayError.badRequest("Active stages pointing to this deployment must be moved or"
                            + " deleted (stage " + stage.stageName() + " serves it).");
                }
            }
            return api.withoutDeployment(deploymentId);
        });
        return ControlAnswer.noContent();
    }
}
