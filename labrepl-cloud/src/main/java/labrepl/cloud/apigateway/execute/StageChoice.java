package labrepl.cloud.apigateway.execute;

import java.util.Optional;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Stage;

/**
 * The stage a call reaches: a named stage when the path's first segment is its name, else the
 * {@code $default} stage with the whole path.
 *
 * @param routePath the path the routes are matched against, still percent-encoded, starting with /
 */
record StageChoice(Stage stage, String routePath) {

    static Optional<StageChoice> of(Api api, String rawPath) {
        String rest = rawPath.length() > 1 ? rawPath.substring(1) : "";
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        Stage named = api.stages().get(first);
        if (named != null && !named.isDefault()) {
            return Optional.of(new StageChoice(named, slash < 0 ? "/" : rest.substring(slash)));
        }
        Stage fallback = api.stages().get(Stage.DEFAULT);
        return fallback == null ? Optional.empty() : Optional.of(new StageChoice(fallback, rawPath));
    }
}
