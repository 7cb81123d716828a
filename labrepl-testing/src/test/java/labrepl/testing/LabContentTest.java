package labrepl.testing;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every notebook and lab script of the project, run as a course's own suite would run it. */
class LabContentTest {

    @TestFactory
    Stream<DynamicNode> notebooks() {
        return LabContent.notebooks(Path.of("notebooks"));
    }

    @TestFactory
    Stream<DynamicNode> labScripts() {
        return LabContent.scripts(Path.of("lab-scripts"));
    }
}
