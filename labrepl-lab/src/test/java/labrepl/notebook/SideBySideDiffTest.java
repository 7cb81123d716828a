package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SideBySideDiffTest {

    @Test
    void changedMissingAndExtraLinesAreMarked() {
        String diff = SideBySideDiff.render("[\n  ABC123\n  ABD124\n]\n", "[\n  ABC123\n  XYZ999\n  ABD125\n]\n");
        assertEquals("""
                expected   actual
                [          [
                  ABC123     ABC123
                  ABD124 |   XYZ999
                         >   ABD125
                ]          ]
                """, diff);
    }

    @Test
    void aLineOnlyExpectedIsMarkedOnTheLeft() {
        assertEquals("expected   actual\none        one\ntwo      < \n", SideBySideDiff.render("one\ntwo", "one"));
    }
}
