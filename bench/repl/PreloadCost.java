import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.execution.LocalExecutionControlProvider;

/**
 * What each import the REPL preloads costs on a cold JVM: the JShell API with the local engine,
 * as the REPL uses it, evaluating labrepl.repl.Preload's snippets one by one.
 *
 *   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/labrepl.jar \
 *       bench/repl/PreloadCost.java target/labrepl.jar
 */
public class PreloadCost {
    public static void main(String[] args) throws ReflectiveOperationException {
        JShell jshell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), Map.of()).build();
        jshell.addToClasspath(args[0]);
        Field preload = Class.forName("labrepl.repl.Preload").getDeclaredField("SNIPPETS");
        preload.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<String> imports = (List<String>) preload.get(null);
        List<Long> millis = new ArrayList<>();
        for (String snippet : imports) {
            long start = System.nanoTime();
            jshell.eval(snippet);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("ms per snippet, in order: " + millis + ", total " + millis.stream().mapToLong(Long::longValue).sum());
    }
}
