package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputMatcherTest {

    @Test
    void equalTextMatchesAndDifferentTextDoesNot() {
        assertTrue(OutputMatcher.matches("[ABC123, Manu, Kwesi]\n", "[ABC123, Manu, Kwesi]"));
        assertFalse(OutputMatcher.matches("[ABC123, Manu, Kwesi]", "[ABD124, Martha, Rivera]"));
    }

    @Test
    void anEllipsisLineMatchesAnyNumberOfLines() {
        String expected = "{\n...\n    \"Count\": 2\n}";
        assertTrue(OutputMatcher.matches(expected, "{\n    \"Items\": [],\n    \"x\": 1,\n    \"Count\": 2\n}"));
        assertTrue(OutputMatcher.matches(expected, "{\n    \"Count\": 2\n}"), "zero lines");
        assertFalse(OutputMatcher.matches(expected, "{\n    \"Count\": 3\n}"));
    }

    @Test
    void anEllipsisInsideALineMatchesAnyTextOfThatLine() {
        assertTrue(OutputMatcher.matches("Saved in ... ms", "Saved in 12 ms"));
        assertFalse(OutputMatcher.matches("Saved in ... ms", "Saved in 12 ms\nand more"));
        assertFalse(OutputMatcher.matches("a(b)...", "ab"), "the rest of the line is literal, not a pattern");
    }

    @Test
    void volatileValuesAreNormalisedOnBothSides() {
        assertTrue(OutputMatcher.matches(
                "\"TableId\": \"753ab06e-0935-4c21-8f67-ea741b48e757\", \"CreationDateTime\": 1709158808.986,"
                        + " arn:aws:dynamodb:us-west-2:111111111111:table/LabCustomers",
                "\"TableId\": \"835e767f-4fe6-4f23-869e-937164673759\", \"CreationDateTime\": 1795616076.246,"
                        + " arn:aws:dynamodb:us-west-2:000000000000:table/LabCustomers"));
        assertTrue(OutputMatcher.matches("RequestId: ME62RI955OF6SEU5EG67QF7FU3VV4KQNSO5AEMVJF66Q9ASUAAJG",
                "RequestId: 1B8K3R4DQ2JJ7XHGQ2AAFH03C3VV4KQNSO5AEMVJF66Q9ASUAAJG"));
        assertTrue(OutputMatcher.matches("created 2024-02-28T22:20:08.986000+00:00", "created 2026-11-25T14:00:00Z"));
    }

    @Test
    void trailingSpacesAndFinalBlankLinesDoNotCount() {
        assertTrue(OutputMatcher.matches("done  \n\n\n", "done"));
        assertFalse(OutputMatcher.matches("  done", "done"), "leading spaces do");
    }
}
