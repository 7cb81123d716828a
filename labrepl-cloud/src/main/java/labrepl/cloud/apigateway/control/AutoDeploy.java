package labrepl.cloud.apigateway.control;

import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Deployment;
import labrepl.cloud.apigateway.model.ResourceIds;
import labrepl.cloud.apigateway.model.Stage;

/**
 * Deploying: a snapshot of the API as it is, made the deployment of a stage. A stage with
 * auto-deploy gets a new one after every change to the API's routes, integrations or CORS, as
 * AWS does a moment after the change (here at once).
 */
final class AutoDeploy {

    private static final String AUTOMATIC = "Automatic deployment triggered by changes to the Api configuration";

    private AutoDeploy() {
    }

    /** The API with a new deployment for each stage that deploys automatically. */
    static Api afterChange(Api api, long now) {
        Api deployed = api;
        for (Stage stage : api.stages().values()) {
            if (stage.autoDeploy()) {
                deployed = deployAutomatically(deployed, stage.stageName(), now);
            }
        }
        return deployed;
    }

    static Api deployAutomatically(Api api, String stageName, long now) {
        return deploy(api, stageName, api.snapshot(ResourceIds.deployment(), AUTOMATIC, now, true), now);
    }

    /** The API with {@code deployment} added; served by {@code stageName} unless that is null. */
    static Api deploy(Api api, String stageName, Deployment deployment, long now) {
        Api withDeployment = api.withDeployment(deployment);
        if (stageName == null) {
            return withDeployment;
        }
        Stage stage = withDeployment.stages().get(stageName).deployed(deployment.deploymentId(), now,
                deployment.autoDeployed()
                        ? "Successfully deployed stage with deployment ID '" + deployment.deploymentId() + "'"
                        : null);
        return withDeployment.withStage(stage);
    }
}
