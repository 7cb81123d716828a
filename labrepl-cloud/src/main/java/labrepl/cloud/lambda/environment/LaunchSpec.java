package labrepl.cloud.lambda.environment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How to start one execution environment's runtime: its command, variables and task folder. */
public record LaunchSpec(String name, List<String> command, Map<String, String> environment, Path taskRoot) {

    public LaunchSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
