package labrepl.check.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import labrepl.check.CheckResult;
import labrepl.check.CheckResult.Status;
import labrepl.check.LabChecks;

/**
 * The grade for a person: per lab, one line per check (status, task, what is asked), the hint
 * under each that did not pass, then a count. Colours only when asked for (a terminal).
 *
 * <pre>
 * Lab 1: the page on an S3 website, and the LabCustomers table
 *   passed   1.1  the bucket customerswebsite-REGION-ACCOUNT_ID, in the lab's region
 *   FAILED   1.2  a bucket policy that lets anyone read the objects
 *                 the bucket policy allows s3:GetObject on the bucket ARN itself; it needs arn:aws:s3:::…/*
 * 9 checks: 8 passed, 1 failed
 * </pre>
 */
public final class TextReport {

    private static final String RESET = "\u001B[0m";
    private static final Map<Status, String> COLOURS = new EnumMap<>(Map.of(
            Status.PASSED, "\u001B[32m", Status.FAILED, "\u001B[31m", Status.ERROR, "\u001B[31m",
            Status.BLOCKED, "\u001B[33m", Status.SKIPPED, "\u001B[33m"));
    private static final String BOLD = "\u001B[1m";
    private static final String INDENT = " ".repeat(16);

    private TextReport() {
    }

    public static String render(List<LabChecks> labs, List<CheckResult> grades, boolean colour) {
        StringBuilder text = new StringBuilder();
        for (LabChecks lab : labs) {
            text.append(styled(lab.title(), BOLD, colour)).append('\n');
            for (CheckResult grade : grades) {
                if (!grade.lab().equals(lab.id())) {
                    continue;
                }
                String status = grade.status() == Status.PASSED ? "passed"
                        : grade.status() == Status.FAILED ? "FAILED" : grade.status().label();
                text.append("  ").append(styled(String.format("%-8s", status), COLOURS.get(grade.status()), colour))
                        .append(' ').append(String.format("%-4s", grade.check().task())).append(' ')
                        .append(grade.check().title()).append('\n');
                if (!grade.message().isEmpty()) {
                    text.append(INDENT).append(grade.message()).append('\n');
                }
            }
        }
        return text.append(summary(grades)).append('\n').toString();
    }

    /** {@code 9 checks: 7 passed, 1 failed, 1 blocked}: the statuses that occurred, in a fixed order. */
    public static String summary(List<CheckResult> grades) {
        Map<Status, Long> counts = grades.stream()
                .collect(Collectors.groupingBy(CheckResult::status, () -> new EnumMap<>(Status.class),
                        Collectors.counting()));
        return grades.size() + (grades.size() == 1 ? " check: " : " checks: ") + counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().label()).collect(Collectors.joining(", "));
    }

    private static String styled(String text, String style, boolean colour) {
        return colour ? style + text + RESET : text;
    }
}
