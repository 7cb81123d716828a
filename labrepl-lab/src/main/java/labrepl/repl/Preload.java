package labrepl.repl;

import java.util.List;

/**
 * What every session evaluates before the learner's first snippet: jshell's usual imports (minus
 * the rarely used {@code java.util.prefs}), the SDK model packages the lab uses, and the helpers
 * with the {@code dynamodb} and {@code s3} clients. Each import costs a JShell evaluation before
 * the first prompt (bench/repl/PreloadCost.java measures them), so the list stays short.
 */
final class Preload {

    static final List<String> SNIPPETS = List.of(
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.nio.file.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "import java.util.regex.*;",
            "import java.util.stream.*;",
            "import software.amazon.awssdk.core.SdkBytes;",
            "import software.amazon.awssdk.core.sync.RequestBody;",
            "import software.amazon.awssdk.services.dynamodb.DynamoDbClient;",
            "import software.amazon.awssdk.services.dynamodb.model.*;",
            "import software.amazon.awssdk.services.s3.S3Client;",
            "import software.amazon.awssdk.services.s3.model.*;",
            "import static labrepl.helpers.Lab.*;",
            "import static labrepl.helpers.PrettyOption.*;");

    private Preload() {
    }
}
