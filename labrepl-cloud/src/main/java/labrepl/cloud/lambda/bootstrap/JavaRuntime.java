package labrepl.cloud.lambda.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main class of a Java function's execution environment: loads the handler from the task
 * folder (its classes, then {@code lib/*.jar}) in a class loader of its own, as AWS's runtime does,
 * then loops on the Runtime API: next event, call the handler, post its result or its error.
 *
 * <p>Runs in the function's process with only this package and AWS's two runtime jars on the class
 * path, so it uses nothing of the local cloud. After each invocation it writes an end mark to
 * standard output, so that the platform knows that everything printed before it belongs to that
 * invocation's log.
 */
public final class JavaRuntime {

    /** Starts a line of standard output that ends an invocation's log; the platform removes it. */
    public static final String END_MARK = "\u0000labrepl-invocation-end ";

    private JavaRuntime() {
    }

    public static void main(String[] args) throws IOException {
        Serializers.warmUpInBackground();
        FunctionEnvironment environment = FunctionEnvironment.from(System.getenv());
        RuntimeApiClient api = new RuntimeApiClient(environment.runtimeApi());
        ClassLoader loader = taskClassLoader(environment.taskRoot());
        Thread.currentThread().setContextClassLoader(loader);
        FunctionHandler handler;
        FunctionError unusable = null;
        try {
            handler = new HandlerLoader(loader).load(environment.handler());
        } catch (HandlerNotUsable e) {
            handler = null;
            unusable = e.toFunctionError();
        } catch (HandlerInitFailed e) {
            failInit(api, e.toFunctionError());
            return;
        } catch (Throwable e) {
            failInit(api, FunctionError.of(FunctionError.BAD_FUNCTION_CODE, e));
            return;
        }
        PrintStream mark = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        ByteArrayOutputStream result = new ByteArrayOutputStream(1024);
        while (true) {
            Invocation invocation = api.next();
            result.reset();
            FunctionError failure = unusable;
            Throwable thrown = null;
            if (handler != null) {
                try {
                    handler.handle(new ByteArrayInputStream(invocation.payload()), result,
                            new FunctionContext(invocation, environment));
                } catch (Throwable e) {
                    thrown = e;
                    failure = FunctionError.of(e);
                    System.out.println(e.getMessage() + ": " + e.getClass().getName());
                    e.printStackTrace(System.out);
                }
            }
            System.out.flush();
            System.err.flush();
            mark.print(END_MARK + invocation.requestId() + "\n");
            mark.flush();
            if (failure == null) {
                api.respond(invocation.requestId(), result.toByteArray());
            } else {
                api.fail(invocation.requestId(), failure);
            }
            if (thrown instanceof VirtualMachineError) {
                // A JVM out of memory or stack is not trusted with the next event: the platform starts afresh.
                System.exit(1);
            }
        }
    }

    private static void failInit(RuntimeApiClient api, FunctionError error) throws IOException {
        System.out.flush();
        System.err.flush();
        api.failInit(error);
        System.exit(1);
    }

    private static ClassLoader taskClassLoader(Path taskRoot) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(url(taskRoot));
        Path lib = taskRoot.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(url(jar));
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getSystemClassLoader());
    }

    private static URL url(Path path) throws MalformedURLException {
        return path.toUri().toURL();
    }
}
