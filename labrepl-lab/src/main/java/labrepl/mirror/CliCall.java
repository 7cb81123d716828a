package labrepl.mirror;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;

/**
 * One SDK call, as a command line describes it: the operation, the request, and what the CLI
 * reads from or writes to files.
 *
 * @param typed     the request's members in the order the command line gave them
 * @param fromFiles members read from {@code file://} or {@code fileb://}, by their path from the
 *                  request ({@code Item}, {@code Code.ZipFile}), with the file's name
 * @param bodyFile  the file an upload sends ({@code --body index.html}), if any
 * @param outFile   the file a download writes, if the operation writes one
 * @param notes     what the mirror left out and why, one line each
 */
record CliCall(OperationModel operation, SdkRequest request, List<String> typed, Map<String, FileSource> fromFiles,
               Optional<String> bodyFile, Optional<String> outFile, List<String> notes) {

    /** A file named on the command line, read as text ({@code file://}) or bytes ({@code fileb://}). */
    record FileSource(String name, boolean binary) {
    }

    CliCall {
        typed = List.copyOf(typed);
        fromFiles = Map.copyOf(fromFiles);
        notes = List.copyOf(notes);
    }
}
