package labrepl.cloud.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.lambda.bootstrap.TrainingHandler;
import labrepl.cloud.lambda.environment.ExecutionEnvironment;
import labrepl.cloud.lambda.environment.InvocationLog;
import labrepl.cloud.lambda.environment.InvocationRequest;
import labrepl.cloud.lambda.environment.LaunchSpec;

/**
 * Records the Java runtime's class-data-sharing archive, once per machine and JVM: one
 * environment runs one event through AWS's serialisation and ends, and the JVM writes the
 * classes it loaded. Later environments start from the archive, as AWS's Java runtime starts
 * from its own, a few hundred milliseconds sooner. Until it exists they start without it.
 */
final class JavaArchiveTraining {

    private static final Logger LOG = Logger.getLogger(JavaArchiveTraining.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private JavaArchiveTraining() {
    }

    /** The JVM options that use the archive, or none while it is not recorded; starts recording it once. */
    static List<String> options(RuntimeFiles files, List<String> javaCommand, Map<String, String> variables) {
        Path archive = files.javaArchive();
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        if (STARTED.compareAndSet(false, true)) {
            Thread training = new Thread(() -> record(files, javaCommand, variables), "lambda-java-archive");
            training.setDaemon(true);
            training.start();
        }
        return List.of();
    }

    private static void record(RuntimeFiles files, List<String> javaCommand, Map<String, String> variables) {
        Path archive = files.javaArchive();
        Path partial = archive.resolveSibling("runtime-" + ProcessHandle.current().pid() + ".jsa.partial");
        List<String> command = new ArrayList<>(javaCommand.subList(0, 1));
        command.add("-XX:ArchiveClassesAtExit=" + partial);
        command.addAll(javaCommand.subList(1, javaCommand.size()));
        Map<String, String> environment = new HashMap<>(variables);
        environment.put("_HANDLER", TrainingHandler.class.getName() + "::handle");
        environment.put("LAMBDA_TASK_ROOT", files.emptyTask().toString());
        try (ExecutionEnvironment run = ExecutionEnvironment.start(
                new LaunchSpec("archive-training", command, environment, files.emptyTask()), line -> { })) {
            byte[] event = "{\"text\":\"x\",\"number\":1,\"decimal\":2.5,\"list\":[true,null],\"map\":{}}"
                    .getBytes(StandardCharsets.UTF_8);
            run.invoke(new InvocationRequest(UUID.randomUUID().toString(), event, "arn:aws:lambda:::function:training",
                    "Root=1-00000000-000000000000000000000000", Duration.ofSeconds(30)), Discard.LOG);
            run.terminate();
            if (Files.isRegularFile(partial)) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "No class-data-sharing archive for Java functions; they start without one", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // A partial archive left behind is never used.
            }
        }
    }

    /** The training run's log goes nowhere. */
    private enum Discard implements InvocationLog {
        LOG;

        @Override
        public void started() {
        }

        @Override
        public void line(String text) {
        }
    }
}
