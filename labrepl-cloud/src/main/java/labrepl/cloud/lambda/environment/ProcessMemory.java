package labrepl.cloud.lambda.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's peak resident memory, which Lambda reports as "Max Memory Used". */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Megabytes at the process's peak, from Linux's /proc; -1 where the system does not say. */
    static long peakMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kilobytes = Long.parseLong(line.substring(6).replace("kB", "").strip());
                    return (kilobytes + 1023) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // No /proc (macOS), or the process is gone.
        }
        return -1;
    }
}
