package labrepl.cloud.apigateway.control;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Stage;

/** CreateStage, GetStage, GetStages, UpdateStage and DeleteStage. */
final class StageOperations {

    private static final Set<String> CREATE_MEMBERS =
            Set.of("stageName", "autoDeploy", "deploymentId", "description", "stageVariables", "tags");
    private static final Set<String> UPDATE_MEMBERS =
            Set.of("autoDeploy", "deploymentId", "description", "stageVariables");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final ControlContext context;

    StageOperations(ControlContext context) {
        this.context = context;
    }

    ControlAnswer create(ControlRequest request) {
        String apiId = request.segment(2);
        Members body = request.body().only(CREATE_MEMBERS);
        String name = body.required("stageName");
        if (!name.equals(Stage.DEFAULT) && !NAME.matcher(name).matches()) {
            throw ApiGatewayError.badRequest("Invalid stage name " + name + ": it is $default, or 1 to 128 letters,"
                    + " digits, - and _.");
        }
        boolean autoDeploy = Boolean.TRUE.equals(body.bool("autoDeploy"));
        String deploymentId = body.string("deploymentId");
        String description = body.string("description", 0, 1024);
        Map<String, String> variables = body.stringMap("stageVariables");
        Map<String, String> tags = body.stringMap("tags");
        long now = context.now();
        Api updated = context.change(apiId, api -> {
            if (api.stages().containsKey(name)) {
                throw ApiGatewayError.conflict("Stage already exists: " + name + ".");
            }
            if (deploymentId != null) {
                context.lookups().deployment(api, deploymentId);
            }
            Stage stage = new Stage(name, autoDeploy, deploymentId, description, variables, tags, now, now, null, false);
            Api withStage = api.withStage(stage);
            return autoDeploy ? AutoDeploy.deployAutomatically(withStage, name, now) : withStage;
        });
        return ControlAnswer.created(Shapes.stage(updated.stages().get(name)));
    }

    ControlAnswer get(ControlRequest request) {
        return ControlAnswer.ok(Shapes.stage(context.lookups().stage(context.api(request.segment(2)), request.segment(4))));
    }

    ControlAnswer list(ControlRequest request) {
        return Paging.page(request, context.api(request.segment(2)).stages().values().stream().toList(), Shapes::stage);
    }

    ControlAnswer update(ControlRequest request) {
        String apiId = request.segment(2);
        String name = request.segment(4);
        Members body = request.body().only(UPDATE_MEMBERS);
        Boolean autoDeploy = body.bool("autoDeploy");
        String deploymentId = body.string("deploymentId");
        String description = body.string("description", 0, 1024);
        Map<String, String> variables = body.stringMap("stageVariables");
        long now = context.now();
        Api updated = context.change(apiId, api -> {
            Stage stage = context.lookups().stage(api, name);
            if (deploymentId != null) {
                context.lookups().deployment(api, deploymentId);
            }
            boolean deploys = autoDeploy != null ? autoDeploy : stage.autoDeploy();
            Stage changed = new Stage(name, deploys, deploymentId != null ? deploymentId : stage.deploymentId(),
                    description != null ? description : stage.description(),
                    variables != null ? variables : stage.stageVariables(), stage.tags(), stage.createdDate(), now,
                    stage.lastDeploymentStatusMessage(), stage.managed());
            Api withStage = api.withStage(changed);
            return deploys && !stage.autoDeploy() ? AutoDeploy.deployAutomatically(withStage, name, now) : withStage;
        });
        return ControlAnswer.ok(Shapes.stage(updated.stages().get(name)));
    }

    ControlAnswer delete(ControlRequest request) {
        String apiId = request.segment(2);
        String name = request.segment(4);
        context.change(apiId, api -> {
            context.lookups().stage(api, name);
            return api.withoutStage(name);
        });
        return ControlAnswer.noContent();
    }
}
