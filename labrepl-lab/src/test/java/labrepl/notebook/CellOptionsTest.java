package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import labrepl.target.Target;
import org.junit.jupiter.api.Test;

/** When a cell runs: on the targets only= names, on a machine that has what needs= names. */
class CellOptionsTest {

    private static final Target LOCAL = Target.localCloud(URI.create("http://127.0.0.1:4566"), "us-west-2");
    private static final Target AWS = Target.aws("us-west-2", null);

    @Test
    void onlyNamesTheTargetsACellRunsOn() {
        CellOptions options = CellOptions.parse(" only=local,aws reason=\"moto differs\"", 1);

        assertEquals(Optional.empty(), options.whyNotHere(LOCAL));
        assertEquals(Optional.empty(), options.whyNotHere(AWS));
        assertEquals(Optional.of("runs only on local,aws (moto differs)"), options.whyNotHere(
                Target.endpoint(URI.create("http://127.0.0.1:5000"), "us-west-2", null)));
    }

    @Test
    void needsNamesWhatTheMachineMustHave() {
        assertEquals(Optional.empty(), CellOptions.parse(" needs=python3", 1).whyNotHere(LOCAL),
                "python3 is on every machine that runs these tests (the AWS CLI needs it)");
        assertEquals(Optional.of("needs teleporter, which this machine does not have (the lab's Python functions)"),
                CellOptions.parse(" needs=python3,teleporter reason=\"the lab's Python functions\"", 1)
                        .whyNotHere(LOCAL));
    }
}
