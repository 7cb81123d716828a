package labrepl.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void wordsSplitAsAShellSplitsThem() {
        assertEquals(List.of("aws", "dynamodb", "get-item", "--key", "{\"ID\": {\"S\": \"A B\"}}"),
                ShellWords.split("aws dynamodb get-item --key '{\"ID\": {\"S\": \"A B\"}}'"));
        assertEquals(List.of("a b", "c\"d", "e"), ShellWords.split("\"a b\" \"c\\\"d\" \\\n e"));
    }

    @Test
    void aShellVariableIsRefusedNotExpanded() {
        MirrorException e = assertThrows(MirrorException.class, () -> ShellWords.split("aws s3 cp x s3://$bucket"));
        assertTrue(e.getMessage().contains("$bucket"), e.getMessage());
    }

    @Test
    void quotingGivesBackTheSameWords() {
        for (String word : List.of("plain", "with space", "it's", "{\"a\": 1}", "")) {
            assertEquals(List.of(word), ShellWords.split(ShellWords.quote(word)));
        }
    }
}
