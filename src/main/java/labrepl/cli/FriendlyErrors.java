package labrepl.cli;

import labrepl.cloud.PortInUseException;
import labrepl.cloud.storage.DataStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Problems a user can fix (a taken port, an unusable data folder, no AWS credentials) are
 * one line or paragraph on stderr and exit code 1; options that do not go together exit
 * with 2, as picocli's own usage errors do; anything else is a bug and keeps its trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult)
            throws Exception {
        if (e instanceof PortInUseException || e instanceof DataStoreException) {
            commandLine.getErr().println("labrepl: " + e.getMessage());
            return 1;
        }
        if (e instanceof AwsTargetCheck.NotConfigured) {
            commandLine.getErr().println(e.getMessage());
            return 1;
        }
        if (e instanceof UsageError) {
            commandLine.getErr().println("labrepl: " + e.getMessage());
            return 2;
        }
        throw e;
    }
}
