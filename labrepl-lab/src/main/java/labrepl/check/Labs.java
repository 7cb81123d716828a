package labrepl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import labrepl.check.lab1.Lab1Checks;
import labrepl.check.lab2.Lab2Checks;
import labrepl.check.lab3.Lab3Checks;

/** The labs {@code labrepl check} knows, in the order of the course. */
public final class Labs {

    private static final List<LabChecks> ALL = List.of(Lab1Checks.LAB, Lab2Checks.LAB, Lab3Checks.LAB);

    private Labs() {
    }

    public static List<LabChecks> all() {
        return ALL;
    }

    /** The functions of the labs that only read, which a check may invoke as the lab tests them. */
    static Set<String> functionsThatOnlyRead() {
        return Set.of("ListCustomers");
    }

    /** The ids the command line accepts: each lab's, and {@code all}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(ALL.stream().map(LabChecks::id).toList());
        names.add("all");
        return names;
    }

    /**
     * The labs named, in course order ({@code all} for every one); an empty list names every lab.
     *
     * @throws IllegalArgumentException naming what is not a lab, and what is
     */
    public static List<LabChecks> named(List<String> names) {
        if (names.isEmpty()) {
            return ALL;
        }
        for (String name : names) {
            if (!names().contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("no lab called '" + name + "'; the labs are "
                        + String.join(", ", names()));
            }
        }
        return ALL.stream().filter(lab -> names.stream().anyMatch(name -> name.equalsIgnoreCase(lab.id())
                || name.equalsIgnoreCase("all"))).toList();
    }
}
