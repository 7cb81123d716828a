package labrepl.mirror;

import java.util.Map;
import java.util.Optional;

/**
 * The few places where the AWS CLI's options are not the model's members in kebab case: options
 * the CLI renames, and the {@code --zip-file} it hoists out of Lambda's {@code Code} structure.
 * These are the CLI's own customizations (awscli's argrename and awslambda), for the services the
 * lab uses; everything else comes from the SDK's model.
 */
final class CliCustomizations {

    /** An option of the CLI that sets a member inside a structure member. */
    record Hoist(String option, String structureMember, String member) {
    }

    private static final Map<String, String> RENAMED = Map.of(
            "apigatewayv2.create-api.version", "api-version",
            "apigatewayv2.update-api.version", "api-version",
            "iam.enable-mfa-device.authentication-code1", "authentication-code-1",
            "iam.enable-mfa-device.authentication-code2", "authentication-code-2",
            "iam.resync-mfa-device.authentication-code1", "authentication-code-1",
            "iam.resync-mfa-device.authentication-code2", "authentication-code-2",
            "lambda.publish-version.code-sha256", "code-sha-256");

    private static final Map<String, Hoist> HOISTED = Map.of(
            "lambda.create-function", new Hoist("zip-file", "Code", "ZipFile"),
            "lambda.publish-layer-version", new Hoist("zip-file", "Content", "ZipFile"));

    private CliCustomizations() {
    }

    /** The CLI's name for a member's option, {@code modelOption} unless the CLI renamed it. */
    static String option(OperationModel operation, String modelOption) {
        return RENAMED.getOrDefault(key(operation) + "." + modelOption, modelOption);
    }

    static Optional<Hoist> hoist(OperationModel operation) {
        return Optional.ofNullable(HOISTED.get(key(operation)));
    }

    private static String key(OperationModel operation) {
        return operation.service().cliName() + "." + operation.cliName();
    }
}
