package labrepl.repl;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.junit.TestCloud;
import labrepl.target.Target;

/**
 * Ctrl-C pressed again and again at random moments of a cell that keeps the SDK busy, each stop
 * followed by the calls a learner would type next. A session whose next calls fail (or had to be
 * mended) after a stop counts as broken. {@link #main} runs it in a child JVM of another JDK.
 */
final class StopStress implements AutoCloseable {

    /** What a learner keeps the SDK doing when they press Ctrl-C. */
    enum Workload {
        DYNAMODB_CALLS("dynamodb.listTables();"),
        S3_UPLOADS("s3.putObject(b -> b.bucket(\"stress\").key(\"big\"), RequestBody.fromBytes(big));"),
        S3_DOWNLOADS("s3.getObjectAsBytes(b -> b.bucket(\"stress\").key(\"big\"));");

        final String call;

        Workload(String call) {
            this.call = call;
        }

        /** A method the setup declares, so that each stop costs JShell one short compilation. */
        String declaration() {
            return "void " + method() + "() { System.out.println(\"looping\"); while (true) { " + call + " } }";
        }

        String method() {
            return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    /** How a run went: how many stops, and the first broken session's story (null when none broke). */
    record Outcome(int stops, String firstBreak) {
        boolean broken() {
            return firstBreak != null;
        }
    }

    private static final String NEXT_CALLS = "void next() { dynamodb.listTables(); s3.listBuckets(); }";
    private static final int MAX_PAUSE_MS = 12;

    private final TestCloud cloud;
    private final Session session;
    private final Semaphore looping = new Semaphore(0);
    private final Random random = new Random(17);

    StopStress() {
        cloud = TestCloud.inMemory();
        session = Session.builder(Target.localCloud(cloud.endpoint(), TestCloud.REGION))
                .liveOutput((text, error) -> {
                    if (text.contains("looping")) {
                        looping.release();
                    }
                })
                .start();
        StringBuilder setup = new StringBuilder("s3.createBucket(b -> b.bucket(\"stress\")); byte[] big = new byte[1 << 20];"
                + " s3.putObject(b -> b.bucket(\"stress\").key(\"big\"), RequestBody.fromBytes(big));\n" + NEXT_CALLS);
        for (Workload workload : Workload.values()) {
            setup.append('\n').append(workload.declaration());
        }
        List<SnippetResult> declared = session.eval(setup.toString());
        if (declared.stream().anyMatch(r -> r.status() != SnippetResult.Status.OK)) {
            throw new IllegalStateException("The stress set-up failed: " + declared);
        }
    }

    Outcome run(Workload workload, int stops) throws Exception {
        for (int i = 1; i <= stops; i++) {
            CompletableFuture<List<SnippetResult>> cell = CompletableFuture.supplyAsync(
                    () -> session.eval(workload.method() + "()"));
            if (!looping.tryAcquire(60, TimeUnit.SECONDS)) {
                return new Outcome(i, "the loop did not start");
            }
            Thread.sleep(random.nextInt(MAX_PAUSE_MS + 1));
            session.stop();
            List<SnippetResult> stopped = cell.get(60, TimeUnit.SECONDS);
            SnippetResult last = stopped.get(stopped.size() - 1);
            if (last.status() != SnippetResult.Status.STOPPED) {
                return new Outcome(i, "the cell ended " + last.status() + ": " + last.failure());
            }
            String broken = expectQuiet(session.eval("next()"), "after stop " + i);
            if (broken != null) {
                return new Outcome(i, broken);
            }
        }
        return new Outcome(stops, null);
    }

    /** Null when every snippet ran without a problem and printed nothing, else what went wrong. */
    private static String expectQuiet(List<SnippetResult> results, String when) {
        for (SnippetResult result : results) {
            if (result.status() != SnippetResult.Status.OK || !result.output().isEmpty()) {
                return when + ": " + result.source() + " ended " + result.status() + " printing \"" + result.output()
                        + "\"" + (result.failure() != null ? ": " + result.failure().type() + ": "
                        + result.failure().message() : "");
            }
        }
        return null;
    }

    @Override
    public void close() {
        session.close();
        cloud.close();
    }

    /** {@code StopStress STOPS}: every workload; prints one line each and exits 1 when a session broke. */
    public static void main(String[] args) throws Exception {
        int stops = Integer.parseInt(args[0]);
        boolean anyBroken = false;
        try (StopStress stress = new StopStress()) {
            for (Workload workload : Workload.values()) {
                Outcome outcome = stress.run(workload, stops);
                System.out.println(workload + ": " + outcome.stops() + " stops, "
                        + (outcome.broken() ? "BROKEN " + outcome.firstBreak() : "no broken session"));
                anyBroken |= outcome.broken();
            }
        }
        System.exit(anyBroken ? 1 : 0);
    }
}
