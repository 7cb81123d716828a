package labrepl.cloud.lambda.function;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A function as the local cloud keeps it: its configuration, its code's digest, its resource
 * policy's statements (JSON documents) and its reserved concurrency (null when none is set).
 */
public record FunctionConfig(String name, String runtime, String handler, String role, String description,
                             int timeout, int memorySize, Map<String, String> variables, List<String> architectures,
                             String codeSha256, long codeSize, String lastModified, String revisionId,
                             List<String> statements, Integer reservedConcurrency) {

    public FunctionConfig {
        variables = Map.copyOf(variables);
        architectures = List.copyOf(architectures);
        statements = List.copyOf(statements);
    }

    public FunctionConfig withCode(String sha256, long size, List<String> newArchitectures, String now) {
        return new FunctionConfig(name, runtime, handler, role, description, timeout, memorySize, variables,
                newArchitectures, sha256, size, now, UUID.randomUUID().toString(), statements, reservedConcurrency);
    }

    /** A configuration change; null members keep their current value. */
    public FunctionConfig withSettings(Settings changes, String now) {
        return new FunctionConfig(name, or(changes.runtime(), runtime), or(changes.handler(), handler),
                or(changes.role(), role), or(changes.description(), description), or(changes.timeout(), timeout),
                or(changes.memorySize(), memorySize), or(changes.variables(), variables), architectures, codeSha256,
                codeSize, now, UUID.randomUUID().toString(), statements, reservedConcurrency);
    }

    public FunctionConfig withStatements(List<String> newStatements) {
        return new FunctionConfig(name, runtime, handler, role, description, timeout, memorySize, variables,
                architectures, codeSha256, codeSize, lastModified, UUID.randomUUID().toString(), newStatements,
                reservedConcurrency);
    }

    public FunctionConfig withReservedConcurrency(Integer reserved) {
        return new FunctionConfig(name, runtime, handler, role, description, timeout, memorySize, variables,
                architectures, codeSha256, codeSize, lastModified, revisionId, statements, reserved);
    }

    private static <T> T or(T changed, T current) {
        return changed == null ? current : changed;
    }

    /** The members UpdateFunctionConfiguration may change. */
    public record Settings(String runtime, String handler, String role, String description, Integer timeout,
                           Integer memorySize, Map<String, String> variables) {
    }

    public Runtime parsedRuntime() {
        return Runtime.of(runtime);
    }

    public String codeFolderName() {
        return codeSha256.replace('/', '_').replace('+', '-').replace("=", "");
    }
}
