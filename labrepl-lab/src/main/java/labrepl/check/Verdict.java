package labrepl.check;

import java.util.Objects;

/**
 * What a probe found: the thing is there as the lab asks; it is not, with the hint a teaching
 * assistant would give in one sentence; or this target cannot show it, with the reason.
 */
public record Verdict(Kind kind, String text) {

    public enum Kind { PASSED, FAILED, SKIPPED }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Verdict passed() {
        return new Verdict(Kind.PASSED, "");
    }

    /** Not done as the lab asks; {@code hint} says what is wrong and what to do. */
    public static Verdict failed(String hint) {
        return new Verdict(Kind.FAILED, hint);
    }

    /** The target cannot answer this (moto serves no websites); not held against the learner. */
    public static Verdict skipped(String reason) {
        return new Verdict(Kind.SKIPPED, reason);
    }
}
