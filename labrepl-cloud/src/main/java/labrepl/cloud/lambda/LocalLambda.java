package labrepl.cloud.lambda;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.lambda.function.FunctionCatalog;
import labrepl.cloud.lambda.function.FunctionConfig;
import labrepl.cloud.lambda.function.LambdaException;
import labrepl.cloud.logs.LogStore;
import labrepl.cloud.storage.DataStore;

/**
 * The local cloud's Lambda without its HTTP edge: the control plane, the resource policy, and
 * invocations, for the API and for the other services (through {@link LambdaInvoker}).
 */
public final class LocalLambda implements LambdaInvoker, AutoCloseable {

    private final CloudIdentity identity;
    private final URI endpoint;
    private final FunctionCatalog catalog;
    private final FunctionOperations functions;
    private final FunctionRunner runner;

    public LocalLambda(CloudIdentity identity, DataStore store, URI endpoint, LogStore logs, Predicate<String> roleExists) {
        this.identity = identity;
        this.endpoint = endpoint;
        this.catalog = new FunctionCatalog(store);
        this.runner = new FunctionRunner(new FunctionLauncher(identity, endpoint), logs);
        this.functions = new FunctionOperations(identity, catalog, roleExists, runner::forget);
    }

    FunctionOperations functions() {
        return functions;
    }

    CloudIdentity identity() {
        return identity;
    }

    /** GetFunction's Code.Location: a URL on this cloud that serves the zip as uploaded. */
    String codeLocation(FunctionConfig config) {
        return endpoint + "/2015-03-31/functions/" + config.name() + "/code.zip?labrepl-code=" + config.codeFolderName();
    }

    /** The zip a Code.Location names, when it is still the function's code. */
    Optional<Path> codeZip(String name, String codeToken) {
        return catalog.find(name).filter(c -> c.codeFolderName().equals(codeToken)).map(catalog::zipFile);
    }

    InvokeResult invoke(FunctionRef ref, byte[] payload) {
        FunctionConfig config = functions.require(ref);
        return runner.invoke(config, catalog.codeFolder(config), payload, ref.arn(identity));
    }

    void invokeLater(FunctionRef ref, byte[] payload) {
        FunctionConfig config = functions.require(ref);
        runner.invokeLater(config, catalog.codeFolder(config), payload, ref.arn(identity));
    }

    /** Starts nothing; checks that the function exists and may be invoked (DryRun). */
    void checkInvocable(FunctionRef ref) {
        functions.require(ref);
    }

    JsonObject addPermission(FunctionRef ref, FunctionRequest request) {
        functions.require(ref);
        JsonObject statement = FunctionPolicy.statement(request, ref.arn(identity));
        String sid = statement.get("Sid").getAsString();
        boolean[] duplicate = {false};
        catalog.update(ref.name(), null, c -> {
            if (c.statements().stream().anyMatch(s -> FunctionPolicy.sid(s).equals(sid))) {
                duplicate[0] = true;
                return c;
            }
            List<String> statements = new ArrayList<>(c.statements());
            statements.add(statement.toString());
            return c.withStatements(statements);
        });
        if (duplicate[0]) {
            throw LambdaException.conflict("The statement id (" + sid + ") provided already exists. Please provide a"
                    + " new statement id, or remove the existing statement.");
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("Statement", statement.toString());
        return answer;
    }

    void removePermission(FunctionRef ref, String sid) {
        FunctionConfig config = functions.require(ref);
        if (config.statements().stream().noneMatch(s -> FunctionPolicy.sid(s).equals(sid))) {
            throw LambdaException.notFound("Statement " + sid + " is not found in resource policy.");
        }
        catalog.update(ref.name(), null, c -> c.withStatements(c.statements().stream()
                .filter(s -> !FunctionPolicy.sid(s).equals(sid)).toList()));
    }

    JsonObject policy(FunctionRef ref) {
        FunctionConfig config = functions.require(ref);
        if (config.statements().isEmpty()) {
            throw LambdaException.notFound("The resource you requested does not exist.");
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("Policy", FunctionPolicy.document(config.statements()));
        answer.addProperty("RevisionId", config.revisionId());
        return answer;
    }

    @Override
    public Invocation invoke(String function, byte[] payload, Caller caller) {
        FunctionRef ref;
        FunctionConfig config;
        try {
            ref = FunctionRef.parse(function, null);
            config = functions.require(ref);
        } catch (LambdaException e) {
            throw new FunctionNotFoundException(e.getMessage());
        }
        if (!FunctionPolicy.allows(config.statements(), caller, identity.accountId())) {
            throw new InvokeDeniedException("The resource policy of " + ref.arn(identity) + " does not allow "
                    + caller.principal() + " to invoke it from " + caller.sourceArn()
                    + " (add it with lambda add-permission)");
        }
        try {
            InvokeResult result = runner.invoke(config, catalog.codeFolder(config), payload, ref.arn(identity));
            return new Invocation(result.payload(), result.functionError());
        } catch (LambdaException e) {
            if (e.status() == 429) {
                throw new TooManyRequestsException(e.getMessage());
            }
            throw new InvokeFailedException(e.getMessage());
        }
    }

    /** Environments alive now, for tests and the console. */
    int liveEnvironments() {
        return runner.liveEnvironments();
    }

    FunctionRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        runner.close();
    }
}
