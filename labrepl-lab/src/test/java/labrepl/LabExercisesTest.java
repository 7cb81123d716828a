package labrepl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import labrepl.notebook.Cell;
import labrepl.notebook.NotebookReader;
import org.junit.jupiter.api.Test;

/**
 * The notebooks' fill-in-the-blanks exercises: each handler is written twice into the folder, first
 * with blanks, then filled in. The filled-in one is the repository's lambda/ source, which the lab
 * scripts and tests deploy, and the exercise is that source with some code replaced by blanks, so
 * the two cannot drift apart.
 */
class LabExercisesTest {

    private static final String BLANK = "____";

    @Test
    void everyExerciseIsItsSolutionWithBlanksAndEverySolutionIsTheLabsSource() throws Exception {
        List<String> exercises = new ArrayList<>();
        try (var notebooks = Files.list(Path.of("notebooks"))) {
            for (Path notebook : notebooks.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                List<Cell.File> files = NotebookReader.read(notebook).cells().stream()
                        .filter(cell -> cell instanceof Cell.File).map(cell -> (Cell.File) cell).toList();
                for (int i = 0; i < files.size(); i++) {
                    Cell.File exercise = files.get(i);
                    if (!exercise.content().contains(BLANK)) {
                        continue;
                    }
                    Cell.File solution = files.get(i + 1);
                    assertEquals(exercise.name(), solution.name(), notebook + ": the solution follows its exercise");
                    assertFalse(solution.content().contains(BLANK), notebook + ": " + solution.name());
                    assertEquals(Files.readString(Path.of("lambda", solution.name())), solution.content(),
                            notebook + ": the solution of " + solution.name() + " is lambda/" + solution.name());
                    assertFilledIn(exercise.content(), solution.content(), notebook + ": " + exercise.name());
                    exercises.add(exercise.name());
                }
            }
        }
        assertEquals(List.of("ListCustomers.java", "SaveCustomer.java"), exercises);
    }

    private static void assertFilledIn(String exercise, String solution, String where) {
        List<String> blanks = exercise.lines().toList();
        List<String> filled = solution.lines().toList();
        assertEquals(filled.size(), blanks.size(), where + " has the solution's lines");
        for (int i = 0; i < blanks.size(); i++) {
            String regex = Pattern.compile(Pattern.quote(BLANK)).splitAsStream(blanks.get(i) + " ")
                    .map(Pattern::quote).collect(Collectors.joining(".+"));
            assertTrue((filled.get(i) + " ").matches(regex), where + " line " + (i + 1) + ": " + blanks.get(i)
                    + " is not " + filled.get(i) + " with blanks");
        }
    }
}
