package labrepl.notebook;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.awscli.AwsCli;

/**
 * What a cell's {@code needs=} can ask of this machine: {@code python3}, {@code boto3} (python3
 * that imports it: the local cloud runs the lab's Python functions with it) and {@code aws} (the
 * AWS CLI). Each is looked for once per run.
 */
final class LocalTools {

    private static final Map<String, List<String>> PROBES = Map.of(
            "python3", List.of("python3", "-c", "import sys"),
            "boto3", List.of("python3", "-c", "import boto3"));
    private static final Map<String, Boolean> FOUND = new ConcurrentHashMap<>();

    private LocalTools() {
    }

    static boolean known(String tool) {
        return PROBES.containsKey(tool) || tool.equals("aws");
    }

    static boolean installed(String tool) {
        if (tool.equals("aws")) {
            return AwsCli.isInstalled();
        }
        return FOUND.computeIfAbsent(tool, name -> runs(PROBES.get(name)));
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
