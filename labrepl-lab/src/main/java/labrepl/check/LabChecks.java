package labrepl.check;

import java.util.List;

/** The checks of one lab, in the order the lab asks for things. */
public interface LabChecks {

    /** What the command line calls it: {@code lab1}. */
    String id();

    /** One line naming what the lab builds. */
    String title();

    List<Check> checks();
}
