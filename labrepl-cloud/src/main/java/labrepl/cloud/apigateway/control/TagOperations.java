package labrepl.cloud.apigateway.control;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Stage;

/** TagResource, GetTags and UntagResource, for APIs and stages named by their ARNs. */
final class TagOperations {

    private static final Pattern ARN =
            Pattern.compile("arn:aws:apigateway:([a-z0-9-]+)::/apis/([a-z0-9]+)(?:/stages/([^/]+))?");

    private final ControlContext context;

    TagOperations(ControlContext context) {
        this.context = context;
    }

    /** The API, and the stage when the ARN names one. */
    private record Tagged(String apiId, String stageName) {
    }

    ControlAnswer tag(ControlRequest request) {
        Tagged tagged = parse(request.segment(2));
        Map<String, String> tags = request.body().only(Set.of("tags")).stringMap("tags");
        if (tags == null) {
            throw ApiGatewayError.badRequest("tags is a required field.");
        }
        change(tagged, current -> {
            Map<String, String> merged = new LinkedHashMap<>(current);
            merged.putAll(tags);
            return merged;
        });
        return ControlAnswer.created(new JsonObject());
    }

    ControlAnswer get(ControlRequest request) {
        Tagged tagged = parse(request.segment(2));
        Api api = context.api(tagged.apiId());
        Map<String, String> tags = tagged.stageName() == null ? api.tags()
                : context.lookups().stage(api, tagged.stageName()).tags();
        JsonObject json = new JsonObject();
        json.add("tags", Shapes.map(tags));
        return ControlAnswer.ok(json);
    }

    ControlAnswer untag(ControlRequest request) {
        Tagged tagged = parse(request.segment(2));
        List<String> keys = request.queryValues("tagKeys");
        change(tagged, current -> {
            Map<String, String> remaining = new LinkedHashMap<>(current);
            keys.forEach(remaining::remove);
            return remaining;
        });
        return ControlAnswer.noContent();
    }

    private void change(Tagged tagged, UnaryOperator<Map<String, String>> change) {
        context.change(tagged.apiId(), api -> {
            if (tagged.stageName() == null) {
                return api.withTags(change.apply(api.tags()));
            }
            Stage stage = context.lookups().stage(api, tagged.stageName());
            Stage changed = new Stage(stage.stageName(), stage.autoDeploy(), stage.deploymentId(), stage.description(),
                    stage.stageVariables(), change.apply(stage.tags()), stage.createdDate(), stage.lastUpdatedDate(),
                    stage.lastDeploymentStatusMessage(), stage.managed());
            return api.withStage(changed);
        });
    }

    private Tagged parse(String arn) {
        Matcher matcher = ARN.matcher(arn == null ? "" : arn);
        if (!matcher.matches()) {
            throw ApiGatewayError.badRequest("Invalid resource ARN " + arn + ": tags belong to an API"
                    + " (arn:aws:apigateway:REGION::/apis/API_ID) or a stage (…/apis/API_ID/stages/NAME).");
        }
        if (!matcher.group(1).equals(context.identity().region())) {
            throw ApiGatewayError.notFound("Api", "Invalid API identifier specified " + context.identity().accountId()
                    + ":" + matcher.group(2));
        }
        return new Tagged(matcher.group(2), matcher.group(3));
    }
}
