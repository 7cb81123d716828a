package labrepl.check;

import java.util.List;
import java.util.Objects;

/**
 * One thing a lab asks the learner to build, and how to see whether it is there.
 *
 * <pre>{@code
 * Check policy = Check.of("policy", "1.2", "the bucket policy lets anyone read its objects", BucketChecks::policy)
 *         .needing("bucket");
 * }</pre>
 *
 * @param id    unique within its lab; what {@link #needs()} and the reports name it by
 * @param task  the lab's task number, e.g. {@code 1.2}
 * @param title what is asked for, as a short phrase
 * @param needs ids of checks of the same lab that must pass first; until they do this one is blocked
 */
public record Check(String id, String task, String title, List<String> needs, Probe probe) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(title, "title");
        needs = List.copyOf(needs);
        Objects.requireNonNull(probe, "probe");
    }

    public static Check of(String id, String task, String title, Probe probe) {
        return new Check(id, task, title, List.of(), probe);
    }

    /** This check, blocked until the checks named pass. */
    public Check needing(String... ids) {
        return new Check(id, task, title, List.of(ids), probe);
    }

    /** How a check looks at the target. It only reads: the clients it is given refuse anything else. */
    @FunctionalInterface
    public interface Probe {
        Verdict inspect(TargetReader target) throws Exception;
    }
}
