package labrepl.cli;

import java.nio.file.Path;
import labrepl.cloud.LocalCloud;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the embedded local cloud listens and keeps its data; shared by every command that starts one. */
final class CloudOptions {

    static final String DEFAULT_DATA = ".labrepl/data";

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + LocalCloud.DEFAULT_PORT,
            description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Region the local cloud claims. Default: AWS_REGION, AWS_DEFAULT_REGION, the profile's"
                    + " region, else us-west-2.")
    String region;

    @ArgGroup(exclusive = true)
    Storage storage = new Storage();

    static final class Storage {
        @Option(names = "--data", paramLabel = "DIR",
                description = "Folder that keeps tables and buckets across restarts. Default: " + DEFAULT_DATA + ".")
        Path data;

        @Option(names = "--in-memory", description = "Keep nothing: start empty, forget everything on exit.")
        boolean inMemory;
    }

    LocalCloud.Builder builder() {
        LocalCloud.Builder builder = LocalCloud.builder().port(port).region(region);
        if (storage.inMemory) {
            return builder.inMemory();
        }
        return builder.dataFolder(dataFolder());
    }

    Path dataFolder() {
        return storage.data != null ? storage.data : Path.of(DEFAULT_DATA);
    }

    boolean inMemory() {
        return storage.inMemory;
    }
}
