package labrepl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.UsageError;
import labrepl.cloud.DefaultRegion;
import labrepl.cloud.LocalCloud;
import labrepl.target.LocalCloudTarget;

/** Where the embedded local cloud listens and keeps its data; shared by every command that starts one. */
final class CloudOptions {

    static final String DEFAULT_DATA = ".labrepl/data";

    private static final List<Option> OPTIONS = List.of(
            Option.valued("--port", "N", "Port on 127.0.0.1 (0 picks a free one). Default: " + LocalCloud.DEFAULT_PORT + "."),
            Option.valued("--region", "NAME", "Region the local cloud claims. Default: AWS_REGION, AWS_DEFAULT_REGION,"
                    + " the profile's region, else us-west-2."),
            Option.valued("--data", "DIR", "Folder that keeps tables and buckets across restarts. Default: "
                    + DEFAULT_DATA + "."),
            Option.flag("--in-memory", "Keep nothing: start empty, forget everything on exit."));

    private final int port;
    final String region;
    private final Path data;
    private final boolean inMemory;
    /** True when any option that only the local cloud uses was given. */
    final boolean given;

    private CloudOptions(Arguments arguments) {
        this.port = port(arguments.value("--port"));
        this.region = arguments.value("--region");
        this.data = arguments.has("--data") ? Path.of(arguments.value("--data")) : null;
        this.inMemory = arguments.has("--in-memory");
        this.given = arguments.has("--port") || arguments.has("--data") || arguments.has("--in-memory");
    }

    static CloudOptions from(Arguments arguments) {
        return new CloudOptions(arguments);
    }

    /** Adds these options to a command, --data and --in-memory as a choice of one. */
    static CommandSyntax.Builder addTo(CommandSyntax.Builder syntax) {
        return syntax.options(OPTIONS).exclusive("--data", "--in-memory");
    }

    /** The value of --port: a number from 0 to 65535, the default when none was given. */
    static int port(String value) {
        if (value == null) {
            return LocalCloud.DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the accepted values
        }
        throw new UsageError("--port takes a number from 0 to 65535, not '" + value + "'");
    }

    /** The local cloud these options describe, the region resolved as the AWS CLI would. */
    LocalCloudTarget localCloud() {
        return new LocalCloudTarget(port, region != null ? region : DefaultRegion.resolve(),
                inMemory ? Optional.empty() : Optional.of(dataFolder()));
    }

    Path dataFolder() {
        return data != null ? data : Path.of(DEFAULT_DATA);
    }

    boolean inMemory() {
        return inMemory;
    }
}
