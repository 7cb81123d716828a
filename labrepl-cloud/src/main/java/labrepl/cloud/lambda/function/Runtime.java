package labrepl.cloud.lambda.function;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The runtimes the local cloud runs, and how AWS answers for the others. */
public enum Runtime {
    JAVA17("java17", Language.JAVA),
    JAVA21("java21", Language.JAVA),
    PYTHON3_9("python3.9", Language.PYTHON),
    PYTHON3_10("python3.10", Language.PYTHON),
    PYTHON3_11("python3.11", Language.PYTHON),
    PYTHON3_12("python3.12", Language.PYTHON),
    PYTHON3_13("python3.13", Language.PYTHON);

    public enum Language { JAVA, PYTHON }

    /** The model's enum of Runtime ([bc] lambda 2015-03-31), which AWS's validation message lists. */
    private static final List<String> MODEL_VALUES = List.of("nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10",
            "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "java8", "java8.al2", "java11", "python2.7",
            "python3.6", "python3.7", "python3.8", "python3.9", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1",
            "dotnetcore3.1", "dotnet6", "dotnet8", "nodejs4.3-edge", "go1.x", "ruby2.5", "ruby2.7", "provided",
            "provided.al2", "nodejs18.x", "python3.10", "java17", "ruby3.2", "ruby3.3", "ruby3.4", "python3.11",
            "nodejs20.x", "provided.al2023", "python3.12", "java21", "python3.13", "nodejs22.x", "nodejs24.x",
            "python3.14", "java25", "dotnet10", "ruby4.0");
    /** Runtimes AWS no longer lets anyone create or update a function with. */
    private static final Set<String> DEPRECATED = Set.of("nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10",
            "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "java8", "python2.7", "python3.6", "python3.7",
            "python3.8", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6",
            "nodejs4.3-edge", "go1.x", "ruby2.5", "ruby2.7", "provided");

    private final String id;
    private final Language language;

    Runtime(String id, Language language) {
        this.id = id;
        this.language = language;
    }

    public String id() {
        return id;
    }

    public Language language() {
        return language;
    }

    /** @throws LambdaException AWS's ValidationException or InvalidParameterValueException, or ours for one not run here */
    public static Runtime of(String id) {
        for (Runtime runtime : values()) {
            if (runtime.id.equals(id)) {
                return runtime;
            }
        }
        if (!MODEL_VALUES.contains(id)) {
            throw LambdaException.validation(id, "runtime", "Member must satisfy enum value set: " + MODEL_VALUES);
        }
        if (DEPRECATED.contains(id)) {
            throw LambdaException.invalidParameter("The runtime parameter of " + id + " is no longer supported for"
                    + " creating or updating AWS Lambda functions. We recommend you use a supported runtime while"
                    + " creating or updating functions.");
        }
        throw LambdaException.invalidParameter("The runtime " + id + " does not run on the local cloud; it runs "
                + Arrays.stream(values()).map(Runtime::id).toList() + ". Deploy to AWS for the others.");
    }
}
