package labrepl.notebook;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * dynalite (mhart/dynalite, from the npm registry), a DynamoDB-only server written in Node.js:
 * another team's DynamoDB, standing in for DynamoDB Local (whose licence keeps it off these
 * machines). Installed with npm into a cache folder on first use, run with node on a free loopback
 * port, tables ready as soon as they are created.
 *
 * <p>Where node or npm is missing, or the install fails, a test that asks for it is skipped, saying
 * why, unless LABREPL_REQUIRE_DYNALITE is set (as CI sets it): then it fails.
 */
final class Dynalite implements AutoCloseable {

    /** dynalite 4 needs Node.js 20; Debian 12's Node.js is 18, which dynalite 3 supports. */
    private static final String FOR_NODE_20 = "4.0.0";
    private static final String FOR_OLDER_NODE = "3.2.2";

    private final Process process;
    private final URI endpoint;

    private Dynalite(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** A fresh, empty dynalite, listening when this returns. */
    static Dynalite start() throws IOException, InterruptedException {
        Path node = program("node");
        Path module = installed(node).resolve("node_modules/dynalite");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        // Its module rather than its cli.js, whose --host dynalite 3 ignores: loopback only, on every version.
        Process process = new ProcessBuilder(node.toString(), "-e", "require(process.argv[1])({createTableMs: 0,"
                + " deleteTableMs: 0, updateTableMs: 0}).listen(Number(process.argv[2]), '127.0.0.1')",
                module.toString(), String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Dynalite dynalite = new Dynalite(process, URI.create("http://127.0.0.1:" + port));
        dynalite.awaitListening();
        return dynalite;
    }

    URI endpoint() {
        return endpoint;
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                Assertions.fail("dynalite exited with " + process.exitValue() + " before listening");
            }
            try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        Assertions.fail("dynalite did not listen on " + endpoint + " within 30 s");
    }

    /** The folder dynalite is installed in, installing it there with npm the first time. */
    private static Path installed(Path node) throws IOException, InterruptedException {
        String version = nodeMajorVersion(node) >= 20 ? FOR_NODE_20 : FOR_OLDER_NODE;
        Path folder = Path.of(System.getProperty("user.home"), ".cache", "labrepl", "dynalite-" + version);
        if (Files.isRegularFile(folder.resolve("node_modules/dynalite/package.json"))) {
            return folder;
        }
        Files.createDirectories(folder);
        Process npm = new ProcessBuilder(program("npm").toString(), "install", "--prefix", folder.toString(),
                "--no-audit", "--no-fund", "--omit=optional", "--loglevel=error", "dynalite@" + version)
                .redirectErrorStream(true)
                .start();
        String said = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            unavailable("npm install dynalite@" + version + " failed:\n" + said);
        }
        return folder;
    }

    private static int nodeMajorVersion(Path node) throws IOException, InterruptedException {
        Process version = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
        String said = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        version.waitFor(30, TimeUnit.SECONDS);
        return Integer.parseInt(said.replaceFirst("^v", "").split("\\.")[0]);
    }

    private static Path program(String name) {
        Optional<Path> found = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            unavailable(name + " is not installed (Debian: apt-get install nodejs npm)");
        }
        return found.get();
    }

    private static void unavailable(String why) {
        if (System.getenv("LABREPL_REQUIRE_DYNALITE") != null) {
            Assertions.fail("LABREPL_REQUIRE_DYNALITE is set, but dynalite cannot run here: " + why);
        }
        Assumptions.abort("dynalite cannot run here: " + why);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
