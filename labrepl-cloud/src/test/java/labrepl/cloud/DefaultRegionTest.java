package labrepl.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultRegionTest {

    @TempDir
    Path home;

    @Test
    void awsRegionWinsOverAwsDefaultRegion() {
        assertEquals("eu-west-1", DefaultRegion.resolve(
                Map.of("AWS_REGION", "eu-west-1", "AWS_DEFAULT_REGION", "us-east-2"), home));
    }

    @Test
    void theProfilesRegionIsUsedWhenNoVariableIsSet() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"),
                "[default]\nregion = ap-south-1\n\n[profile lab]\noutput=json\nregion=ca-central-1\n");
        assertEquals("ap-south-1", DefaultRegion.resolve(Map.of(), home));
        assertEquals("ca-central-1", DefaultRegion.resolve(Map.of("AWS_PROFILE", "lab"), home));
    }

    @Test
    void theLabsRegionIsTheFallback() {
        assertEquals("us-west-2", DefaultRegion.resolve(Map.of(), home));
    }
}
