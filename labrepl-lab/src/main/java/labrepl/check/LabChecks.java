package labrepl.check;

import java.util.List;
import java.util.Objects;

/**
 * The checks of one lab, in the order the lab asks for things.
 *
 * @param id    what the command line calls it: {@code lab1}
 * @param title one line naming what the lab builds
 */
public record LabChecks(String id, String title, List<Check> checks) {

    public LabChecks {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        checks = List.copyOf(checks);
    }
}
