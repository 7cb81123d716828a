package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import labrepl.target.Target;
import labrepl.target.TargetChoice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lab 1's notebooks with DynamoDB on another team's server (dynalite) and S3 on the embedded local
 * cloud, chosen as a learner chooses it ({@code AWS_ENDPOINT_URL_DYNAMODB}): every cell passes, shell
 * cells included, and the customers end up in dynalite.
 */
@Tag("process")
class Lab1WithDynaliteTest {

    @Test
    void lab1PassesWithDynamoDbOnDynaliteAndS3OnTheLocalCloud() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            notebooks = files.filter(f -> f.getFileName().toString().matches("lab1-.*\\.md")).sorted().toList();
        }
        assertEquals(2, notebooks.size(), notebooks.toString());
        for (Path notebook : notebooks) {
            try (Dynalite dynalite = Dynalite.start()) {
                TargetChoice choice = new TargetChoice(false, null, Map.of(), null, "us-west-2", null);
                NotebookRunner runner = new NotebookRunner(choice.perNotebook(
                        Map.of("AWS_ENDPOINT_URL_DYNAMODB", dynalite.endpoint().toString())), false);
                List<CellResult> results = runner.verify(notebook);
                List<CellResult> failed = results.stream().filter(r -> r.status() == CellResult.Status.FAILED).toList();
                assertTrue(failed.isEmpty(), () -> failed.stream()
                        .map(r -> r.location() + ": " + r.message() + "\n" + r.actual())
                        .collect(Collectors.joining("\n")));
                assertTrue(results.stream().anyMatch(r -> r.status() == CellResult.Status.PASSED), notebook.toString());
                if (notebook.getFileName().toString().contains("dynamodb")) {
                    assertEquals(2, itemsIn(dynalite.endpoint(), "LabCustomers"), "the customers are in dynalite");
                }
            }
        }
    }

    private static int itemsIn(URI dynalite, String table) {
        try (DynamoDbClient dynamodb = DynamoDbClient.builder().endpointOverride(dynalite).region(Region.US_WEST_2)
                .credentialsProvider(Target.localCloud(dynalite, "us-west-2").credentials()).build()) {
            return dynamodb.scan(b -> b.tableName(table)).count();
        }
    }
}
