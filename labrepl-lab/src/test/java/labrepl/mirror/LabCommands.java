package labrepl.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every {@code aws} command the lab's text, the project's notebooks and its README give, with the
 * lab's shell variables set to the values a fresh local cloud has (an HTTP API's ids, drawn at
 * random, to ids of their shape). The lab's own text is not in this repository, so its commands
 * are listed here as the lab gives them.
 */
final class LabCommands {

    static final String BUCKET = "customerswebsite-us-west-2-000000000000";

    /** The lab's commands (Lab 1 of the course's text), as typed there. */
    private static final List<String> LAB_TEXT = List.of(
            "aws s3 ls",
            "aws s3 cp index.html s3://$bucket_name",
            "aws s3api get-bucket-location --bucket $bucket_name --output text",
            "aws dynamodb list-tables --query 'TableNames[0]' --output text",
            "aws dynamodb describe-table --table-name $customersTable",
            "aws dynamodb put-item --table-name $customersTable --item file://add-one-customer.json --region $current_region",
            "aws dynamodb scan --table-name $customersTable");

    private static final Map<String, String> VARIABLES = Map.of(
            "$bucket_name", BUCKET, "$bucket", BUCKET, "$customersTable", "LabCustomers", "$current_region", "us-west-2",
            "$api_id", "a1b2c3d4e5", "$integration_id", "abc1234");
    private static final Pattern COMMAND = Pattern.compile("(?:^|\\$\\()\\s*(aws\\s[^|)`]*)");

    private LabCommands() {
    }

    /** The commands, each once, variables replaced. */
    static List<String> all(Path projectRoot) {
        Set<String> commands = new LinkedHashSet<>();
        LAB_TEXT.forEach(command -> commands.add(substitute(command)));
        try (Stream<Path> notebooks = Files.list(projectRoot.resolve("notebooks"))) {
            List<Path> texts = new ArrayList<>(notebooks.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            texts.add(projectRoot.resolve("README.md"));
            for (Path text : texts) {
                shellBlocks(Files.readString(text, StandardCharsets.UTF_8)).forEach(c -> commands.add(substitute(c)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(commands);
    }

    private static List<String> shellBlocks(String markdown) {
        List<String> found = new ArrayList<>();
        boolean inShell = false;
        String joined = markdown.replace("\\\n", " ");
        for (String line : joined.split("\n")) {
            if (line.startsWith("```")) {
                inShell = !inShell && (line.startsWith("```shell") || line.startsWith("```bash"));
                continue;
            }
            if (inShell) {
                Matcher matcher = COMMAND.matcher(line.strip());
                while (matcher.find()) {
                    found.add(matcher.group(1).replaceAll("\\s+#.*$", "").replaceAll("\\s+", " ").strip());
                }
            }
        }
        return found;
    }

    private static String substitute(String command) {
        String result = command;
        for (Map.Entry<String, String> variable : VARIABLES.entrySet()) {
            result = result.replace(variable.getKey(), variable.getValue());
        }
        return result;
    }
}
