package labrepl.repl.console;

import java.util.Optional;
import java.util.function.Consumer;
import labrepl.helpers.clients.SdkCallLog;
import labrepl.mirror.JavaCell;
import labrepl.mirror.Mirror;
import labrepl.mirror.MirrorException;
import labrepl.repl.Session;
import software.amazon.awssdk.core.SdkRequest;

/**
 * {@code /aws} and {@code /cli}: the AWS CLI and the SDK for Java side by side. The mirror reads
 * the SDK's model from the class path the first time it is asked, not when the REPL starts.
 */
final class MirrorCommands {

    private final Session session;
    private final Printer printer;
    private final Consumer<String> runTyped;
    private Mirror mirror;

    MirrorCommands(Session session, Printer printer, Consumer<String> runTyped) {
        this.session = session;
        this.printer = printer;
        this.runTyped = runTyped;
    }

    /** {@code /aws [NAME =] dynamodb scan --table-name X}: shows the Java, then runs it as a typed cell. */
    void aws(String commandLine) {
        if (commandLine.isBlank()) {
            printer.error("Usage: /aws [NAME =] SERVICE OPERATION [--option value ...],"
                    + " e.g. /aws dynamodb scan --table-name LabCustomers");
            return;
        }
        JavaCell cell;
        try {
            cell = mirror().toJava(commandLine, new MirroredSession(session));
        } catch (MirrorException e) {
            printer.error(e.getMessage());
            return;
        }
        cell.source().lines().forEach(printer::code);
        cell.notes().forEach(note -> printer.note("(" + note + ")"));
        runTyped.accept(cell.source());
    }

    /** {@code /cli} for the session's last SDK call, {@code /cli $3} for the one that returned {@code $3}. */
    void cli(String argument) {
        SdkCallLog calls = session.context().clients().calls();
        Optional<SdkRequest> request;
        if (argument.isBlank()) {
            request = calls.last().map(SdkCallLog.Call::request);
            if (request.isEmpty()) {
                printer.note("No SDK call yet in this session.");
                return;
            }
        } else {
            Optional<Object> value = session.valueOf(argument.strip());
            if (value.isEmpty()) {
                printer.error("No variable " + argument.strip() + " with a value.");
                return;
            }
            request = value.get() instanceof SdkRequest ? Optional.of((SdkRequest) value.get())
                    : calls.returning(value.get()).map(SdkCallLog.Call::request);
            if (request.isEmpty()) {
                printer.error(argument.strip() + " is not the response of an SDK call of this session.");
                return;
            }
        }
        try {
            printer.text(session.redact(mirror().toCli(request.get(), new MirroredSession(session))));
        } catch (MirrorException e) {
            printer.error(e.getMessage());
        }
    }

    private Mirror mirror() {
        if (mirror == null) {
            mirror = Mirror.onClassPath();
        }
        return mirror;
    }
}
