package labrepl.mirror;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;

/**
 * The AWS CLI and the SDK for Java side by side: an {@code aws} command line as the Java that makes
 * the same call, and an SDK request as the {@code aws} command line. Everything comes from the
 * SDK's model on the class path, so every operation of every client is covered.
 *
 * <pre>{@code
 * Mirror mirror = Mirror.onClassPath();
 * JavaCell cell = mirror.toJava("aws dynamodb scan --table-name LabCustomers", session);
 * cell.source();   // dynamodb.scan(b -> b.tableName("LabCustomers"))
 * mirror.toCli(request, session);   // aws dynamodb scan --table-name LabCustomers --endpoint-url ... --region ...
 * }</pre>
 */
public final class Mirror {

    private static final Pattern NAMED = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$", Pattern.DOTALL);

    private final ServiceCatalog catalog;

    private Mirror(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** The mirror of every SDK client this class's loader sees. Reads the class path: call it once, lazily. */
    public static Mirror onClassPath() {
        return new Mirror(ServiceCatalog.of(Mirror.class.getClassLoader()));
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    /**
     * The Java for {@code [NAME =] [aws] SERVICE OPERATION [options]}: a cell that makes the call and,
     * when a name is given, keeps the response in {@code var NAME}.
     */
    public JavaCell toJava(String commandLine, MirrorSession session) {
        Matcher named = NAMED.matcher(commandLine);
        String variable = named.matches() ? named.group(1) : null;
        CliCall call = read(named.matches() ? named.group(2) : commandLine, session);
        return new JavaCell(JavaSourceWriter.write(session, call, variable), call.notes());
    }

    /** The request an {@code aws} command line sends, with what it reads from files. */
    CliCall read(String commandLine, MirrorSession session) {
        CliCommandLine line = CliCommandLine.parse(commandLine);
        if (line.service().equals("s3")) {
            List<String> words = new ArrayList<>(line.positionals());
            line.options().forEach(option -> {
                words.add("--" + option.name());
                words.addAll(option.words());
            });
            String s3api = S3Commands.asS3Api(line.operation(), words, session.region());
            CliCommandLine rewritten = CliCommandLine.parse(s3api);
            line = new CliCommandLine(rewritten.service(), rewritten.operation(), rewritten.options(),
                    rewritten.positionals(), line.globals());
        }
        ServiceModel service = catalog.forCliName(line.service());
        List<String> notes = globalNotes(line, session, service.client());
        OperationModel operation = service.operation(line.operation());
        return CliArguments.read(operation, line, session.workingFolder(), notes);
    }

    /** The {@code aws} command line that sends {@code request}, aimed at the session's target. */
    public String toCli(SdkRequest request, MirrorSession session) {
        ServiceModel service = catalog.forModelClass(request.getClass()).orElseThrow(() -> new MirrorException(
                "No SDK client on the class path sends a " + request.getClass().getSimpleName()));
        OperationModel operation = service.operations().stream()
                .filter(op -> op.requestClass() == request.getClass())
                .findFirst()
                .orElseThrow(() -> new MirrorException(service.cliName() + " has no operation taking a "
                        + request.getClass().getSimpleName()));
        return CliCommandWriter.write(operation, request, session.region(), session.endpoint(service.client()));
    }

    /** The CLI's global options: the target's must match the session's; the display ones change nothing sent. */
    private static List<String> globalNotes(CliCommandLine line, MirrorSession session, Class<?> client) {
        List<String> notes = new ArrayList<>();
        line.global("region").filter(region -> !region.equals(session.region())).ifPresent(region -> {
            throw new MirrorException("The session's clients work in " + session.region() + ", not " + region
                    + "; start LabREPL with --region " + region + " for that.");
        });
        Optional<URI> endpoint = line.global("endpoint-url").map(URI::create);
        Optional<URI> clients = session.endpoint(client);
        if (endpoint.isPresent() && !endpoint.equals(clients)) {
            throw new MirrorException("The session's " + line.service() + " client talks to "
                    + clients.map(URI::toString).orElse("AWS") + ", not " + endpoint.get() + ".");
        }
        line.global("profile").ifPresent(profile ->
                notes.add("--profile " + profile + ": the session's clients keep the credentials they started with."));
        List<String> display = line.globals().keySet().stream().filter(CliCommandLine.DISPLAY_ONLY::contains)
                .sorted().map(name -> "--" + name).toList();
        if (!display.isEmpty()) {
            notes.add(String.join(" ", display) + " only change what the CLI prints; the whole response is kept"
                    + " (pretty shows it as the CLI's JSON).");
        }
        return notes;
    }
}
