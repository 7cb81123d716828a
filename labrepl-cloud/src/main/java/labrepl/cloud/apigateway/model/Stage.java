package labrepl.cloud.apigateway.model;

import java.util.Map;

/**
 * A stage of an HTTP API: {@code $default} is served at the root of the invoke URL, any other
 * name as the first path segment. It serves the deployment it points at; with auto-deploy, every
 * change to the API makes a new deployment and points the stage at it.
 */
public record Stage(String stageName, boolean autoDeploy, String deploymentId, String description,
                    Map<String, String> stageVariables, Map<String, String> tags, long createdDate,
                    long lastUpdatedDate, String lastDeploymentStatusMessage, boolean managed) {

    public static final String DEFAULT = "$default";

    public Stage {
        stageVariables = stageVariables == null ? Map.of() : Map.copyOf(stageVariables);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public boolean isDefault() {
        return DEFAULT.equals(stageName);
    }

    public Stage deployed(String newDeploymentId, long now, String statusMessage) {
        return new Stage(stageName, autoDeploy, newDeploymentId, description, stageVariables, tags, createdDate, now,
                statusMessage, managed);
    }
}
