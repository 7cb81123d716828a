package labrepl.helpers.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages from an exercise's handler: refused while blanks remain, Python packaged as the lab deploys it. */
class FunctionPackageTest {

    @TempDir
    Path folder;

    @Test
    void aHandlerWithBlanksIsRefusedWithTheirLines() throws Exception {
        Path java = Files.writeString(folder.resolve("ListCustomers.java"), """
                public class ListCustomers {
                    public Object handleRequest(Object event) {
                        return java.util.Map.of(____, ____);
                    }
                }
                """);
        Path python = Files.writeString(folder.resolve("lambda_function.py"), "def lambda_handler(event, context):\n"
                + "    return ____\n");

        assertEquals("ListCustomers.java still has 2 blanks to fill in, where ____ stands; put the code that belongs"
                + " there in its place and try again.\n  line 3: return java.util.Map.of(____, ____);",
                assertThrows(IllegalArgumentException.class, () -> FunctionPackage.fromSource(java)).getMessage());
        assertEquals("lambda_function.py still has 1 blank to fill in, where ____ stands; put the code that belongs"
                + " there in its place and try again.\n  line 2: return ____",
                assertThrows(IllegalArgumentException.class, () -> FunctionPackage.fromPython(python)).getMessage());
    }

    @Test
    void aPythonFunctionIsItsFileAloneWithTheLabsHandlerAndRuntime() throws Exception {
        Path source = Files.writeString(folder.resolve("lambda_function.py"),
                "def lambda_handler(event, context):\n    return {'result': 'Saved'}\n");

        FunctionPackage code = FunctionPackage.fromPython(source);

        assertEquals("FunctionPackage(handler lambda_function.lambda_handler, runtime python3.12, 0.3 KB zipped)",
                code.toString().replaceAll("\\d\\.\\d KB", "0.3 KB"));
        assertEquals("lambda_function.lambda_handler", code.handler());
        assertEquals("python3.12", code.runtime());
        try (ZipInputStream zip = new ZipInputStream(code.zip().asInputStream())) {
            assertEquals("lambda_function.py", zip.getNextEntry().getName());
            assertEquals(Files.readString(source), new String(zip.readAllBytes()));
            assertEquals(null, zip.getNextEntry());
        }
    }
}
