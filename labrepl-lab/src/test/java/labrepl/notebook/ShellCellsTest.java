package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellCellsTest {

    @Test
    void aProgressLineOverwrittenByACarriageReturnShowsAsATerminalShowsIt() {
        String captured = "Completed 7.0 KiB/7.0 KiB (62.0 KiB/s) with 1 file(s) remaining\r"
                + "upload: ./index.html to s3://site/index.html\nus-west-2\r\n";
        assertEquals("upload: ./index.html to s3://site/index.html\nus-west-2\n", ShellCells.asTerminalShows(captured));
    }
}
