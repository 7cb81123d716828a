package labrepl.cli;

import labrepl.cloud.PortInUseException;
import labrepl.cloud.storage.DataStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Problems a user can fix (a taken port, an unusable data folder) are one line on stderr
 * and exit code 1; anything else is a bug and keeps its stack trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult)
            throws Exception {
        if (e instanceof PortInUseException || e instanceof DataStoreException) {
            commandLine.getErr().println("labrepl: " + e.getMessage());
            return 1;
        }
        throw e;
    }
}
