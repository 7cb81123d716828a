package labrepl.cloud.awscli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The CLI commands the wrapper gives a service's endpoint to are the ones botocore (the CLI's
 * library) files under that service's id, the name its {@code AWS_ENDPOINT_URL_} variable ends with.
 */
class EndpointWrapperTest {

    /** The services LabREPL sends requests to, and the CLI's names for the high-level s3 commands. */
    private static final List<String> SERVICES = List.of("DYNAMODB", "S3", "STS", "LAMBDA", "APIGATEWAYV2", "IAM",
            "CLOUDWATCH_LOGS", "API_GATEWAY", "DYNAMODB_STREAMS");

    @Test
    void eachCommandBelongsToTheServiceBotocoreSays() throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        for (String service : SERVICES) {
            for (String command : EndpointWrapper.commandsOf(service)) {
                // aws s3 (cp, ls, sync) is the CLI's own command over botocore's s3, which aws s3api calls.
                pairs.add((command.equals("s3api") ? "s3" : command) + "=" + service);
            }
        }
        Map<String, String> byBotocore = botocoreServiceIds(pairs);
        pairs.forEach(pair -> assertEquals(pair.substring(pair.indexOf('=') + 1),
                byBotocore.get(pair.substring(0, pair.indexOf('='))), pair));
    }

    /** botocore's service id of each command, as an {@code AWS_ENDPOINT_URL_} suffix. */
    private static Map<String, String> botocoreServiceIds(List<String> pairs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", """
                import sys, botocore.session
                session = botocore.session.get_session()
                for pair in sys.argv[1:]:
                    name = pair.split("=")[0]
                    print(name + "=" + session.get_service_model(name).service_id.replace(" ", "_").upper())
                """));
        pairs.forEach(command::add);
        Process python;
        try {
            python = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed");
            throw noPython;
        }
        String said = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        python.waitFor(60, TimeUnit.SECONDS);
        if (python.exitValue() != 0 && said.contains("No module named 'botocore'")) {
            Assumptions.abort("botocore (the AWS CLI's library) is not installed for python3");
        }
        assertEquals(0, python.exitValue(), said);
        Map<String, String> ids = new HashMap<>();
        said.lines().forEach(line -> ids.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return ids;
    }
}
