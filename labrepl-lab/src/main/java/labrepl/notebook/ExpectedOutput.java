package labrepl.notebook;

/**
 * The {@code ```output} block after a cell: its text, and where its content lines are in
 * the notebook (0-based, end exclusive) so {@code verify --update} can replace them.
 */
public record ExpectedOutput(String text, int firstContentLine, int endContentLine) {
}
