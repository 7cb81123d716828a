package labrepl.cloud.awscli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a child process inherits is replaced by the target's settings, and nothing that points elsewhere stays. */
class AwsEnvironmentTest {

    private static Map<String, String> inherited() {
        return new HashMap<>(Map.of("AWS_ENDPOINT_URL", "http://elsewhere:1", "AWS_ENDPOINT_URL_DYNAMODB",
                "http://elsewhere:2", "AWS_PROFILE", "work", "AWS_ACCESS_KEY_ID", "AKIAREAL",
                "AWS_SESSION_TOKEN", "token", "HOME", "/home/learner"));
    }

    @Test
    void fixedCredentialsReplaceTheShellsIdentityAndFiles() {
        Map<String, String> env = inherited();
        AwsEnvironment.builder().endpoint(URI.create("http://127.0.0.1:4566")).region("eu-west-1")
                .credentials("key", "secret").build().applyTo(env);
        assertEquals("http://127.0.0.1:4566", env.get("AWS_ENDPOINT_URL"));
        assertFalse(env.containsKey("AWS_ENDPOINT_URL_DYNAMODB"), "a service's own endpoint would win");
        assertFalse(env.containsKey("AWS_PROFILE"));
        assertFalse(env.containsKey("AWS_SESSION_TOKEN"));
        assertEquals("key", env.get("AWS_ACCESS_KEY_ID"));
        assertEquals("eu-west-1", env.get("AWS_DEFAULT_REGION"));
        assertEquals("/dev/null", env.get("AWS_CONFIG_FILE"));
        assertEquals("", env.get("AWS_PAGER"));
        assertEquals("/home/learner", env.get("HOME"));
    }

    @Test
    void aProfileIsNamedAndTheShellsKeysAreDropped() {
        Map<String, String> env = inherited();
        AwsEnvironment.builder().region("us-west-2").profile("lab").build().applyTo(env);
        assertEquals("lab", env.get("AWS_PROFILE"));
        assertFalse(env.containsKey("AWS_ACCESS_KEY_ID"));
        assertFalse(env.containsKey("AWS_ENDPOINT_URL"));
        assertFalse(env.containsKey("AWS_CONFIG_FILE"), "the profile lives in the user's files");
    }

    @Test
    void theDefaultChainKeepsWhatTheShellHas() {
        Map<String, String> env = inherited();
        AwsEnvironment.builder().region("us-west-2").build().applyTo(env);
        assertEquals("work", env.get("AWS_PROFILE"));
        assertEquals("AKIAREAL", env.get("AWS_ACCESS_KEY_ID"));
        assertFalse(env.containsKey("AWS_ENDPOINT_URL"), "real AWS: no endpoint from the shell either");
    }
}
