package labrepl.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Grades labs on a target: every check of every lab, each as soon as the checks it needs have
 * passed, several at a time (against AWS each is a round trip or two), reported in the labs'
 * order.
 *
 * <pre>{@code
 * try (TargetReader target = TargetReader.of(Target.aws("us-west-2", null))) {
 *     List<CheckResult> grades = Grader.grade(target, Labs.all());
 * }
 * }</pre>
 */
public final class Grader {

    private static final int THREADS = 4;

    private Grader() {
    }

    public static List<CheckResult> grade(TargetReader target, List<LabChecks> labs) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "labrepl-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<CheckResult>> all = new ArrayList<>();
            for (LabChecks lab : labs) {
                Map<String, CompletableFuture<CheckResult>> byId = new LinkedHashMap<>();
                for (Check check : lab.checks()) {
                    List<CompletableFuture<CheckResult>> needed = check.needs().stream()
                            .map(id -> neededFuture(lab, check, byId, id)).toList();
                    CompletableFuture<CheckResult> grade = CompletableFuture
                            .allOf(needed.toArray(CompletableFuture[]::new))
                            .thenApplyAsync(ignored -> gradeOne(lab, check, needed, target), pool);
                    if (byId.put(check.id(), grade) != null) {
                        throw new IllegalArgumentException(lab.id() + " has two checks called " + check.id());
                    }
                    all.add(grade);
                }
            }
            return all.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** True when every grade lets the whole grade pass: the exit code of {@code labrepl check}. */
    public static boolean allPassed(List<CheckResult> grades) {
        return grades.stream().allMatch(grade -> grade.status().acceptable());
    }

    private static CompletableFuture<CheckResult> neededFuture(LabChecks lab, Check check,
            Map<String, CompletableFuture<CheckResult>> earlier, String id) {
        CompletableFuture<CheckResult> needed = earlier.get(id);
        if (needed == null) {
            throw new IllegalArgumentException(lab.id() + "'s check " + check.id() + " needs " + id
                    + ", which is not an earlier check of the same lab");
        }
        return needed;
    }

    private static CheckResult gradeOne(LabChecks lab, Check check, List<CompletableFuture<CheckResult>> needed,
            TargetReader target) {
        List<CheckResult> missing = needed.stream().map(CompletableFuture::join)
                .filter(result -> result.status() != CheckResult.Status.PASSED).toList();
        if (!missing.isEmpty()) {
            return new CheckResult(lab.id(), check, CheckResult.Status.BLOCKED, "needs " + missing.stream()
                    .map(result -> result.check().task() + " " + result.check().title())
                    .collect(Collectors.joining(" and ")) + " first");
        }
        try {
            Verdict verdict = check.probe().inspect(target);
            return switch (verdict.kind()) {
                case PASSED -> new CheckResult(lab.id(), check, CheckResult.Status.PASSED, "");
                case FAILED -> new CheckResult(lab.id(), check, CheckResult.Status.FAILED, verdict.text());
                case SKIPPED -> new CheckResult(lab.id(), check, CheckResult.Status.SKIPPED, verdict.text());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(lab, check, "interrupted");
        } catch (AwsServiceException e) {
            return error(lab, check, "the target answered " + answer(e));
        } catch (SdkClientException e) {
            return error(lab, check, "the target could not be reached: " + firstLine(e.getMessage()));
        } catch (Exception e) {
            return error(lab, check, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
    }

    private static CheckResult error(LabChecks lab, Check check, String problem) {
        return new CheckResult(lab.id(), check, CheckResult.Status.ERROR, "could not be checked: " + problem);
    }

    /** {@code AccessDenied: Access Denied}, or for an answer without a body (HEAD) {@code HTTP 403}. */
    private static String answer(AwsServiceException e) {
        String code = e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails().errorMessage();
        return code == null ? "HTTP " + e.statusCode() : message == null ? code : code + ": " + message;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
