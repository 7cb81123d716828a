import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import labrepl.cloud.LocalCloud;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Local Lambda's figures (issue 11), beside a bare JVM and a bare boto3 import on the same machine
 * in the same run: cold starts, warm invoke round trips, warm invokes per second, an idle Java
 * environment's resident memory.
 *   java -cp target/labrepl.jar bench/lambda/LambdaBench.java [COLD_RUNS]
 */
public class LambdaBench {

    static final String ROLE = "arn:aws:iam::000000000000:role/ListCustomers";
    static final String ECHO = "package bench;\nimport java.util.Map;\npublic class Echo {\n"
            + "    public static Map<String, Object> handle(Map<String, Object> event) { return event; }\n}\n";
    static final String HELLO = "package bench;\npublic class Hello {\n"
            + "    public static void main(String[] args) { System.out.println(\"hello\"); }\n}\n";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path work = Files.createTempDirectory("lambda-bench");
        Path jar = handlerJar(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf("bare JVM hello (java -cp handler.jar), median of %d: %.0f ms%n", runs,
                median(runs, () -> run(java, "-cp", jar.toString(), "bench.Hello")));
        String python = pythonExecutable();
        System.out.printf("bare %s -c 'import boto3', median of %d: %.0f ms%n", python, runs,
                median(runs, () -> run(python, "-c", "import boto3")));
        try (LocalCloud cloud = LocalCloud.builder().port(0).inMemory().region("us-west-2").start();
             LambdaClient lambda = LambdaClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_WEST_2)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"))).build()) {
            SdkBytes javaZip = SdkBytes.fromByteArray(Files.readAllBytes(jar));
            coldStart(lambda, "WarmsTheClient", "java17", "bench.Echo::handle", javaZip);
            Thread.sleep(5000); // the first Java function of a machine records the runtime's class-data archive meanwhile
            int[] n = {0};
            System.out.printf("Java cold start (first Invoke after CreateFunction), median of %d: %.0f ms%n", runs,
                    median(runs, () -> coldStart(lambda, "JavaCold" + n[0]++, "java17", "bench.Echo::handle", javaZip)));
            SdkBytes importOnly = zip("lambda_function.py", "import boto3\n\ndef lambda_handler(event, context):\n"
                    + "    return event\n");
            SdkBytes labStyle = zip("lambda_function.py", "import boto3\nclient = boto3.client('dynamodb')\n\n"
                    + "def lambda_handler(event, context):\n    return event\n");
            System.out.printf("Python cold start, function importing boto3, median of %d: %.0f ms%n", runs,
                    median(runs, () -> coldStart(lambda, "PyCold" + n[0]++, "python3.12", "lambda_function.lambda_handler",
                            importOnly)));
            System.out.printf("Python cold start, function making a boto3 client at import (the lab's), median of %d: %.0f ms%n",
                    runs, median(runs, () -> coldStart(lambda, "PyLab" + n[0]++, "python3.12",
                            "lambda_function.lambda_handler", labStyle)));

            lambda.createFunction(b -> b.functionName("Echo").runtime("java17").role(ROLE).handler("bench.Echo::handle")
                    .code(c -> c.zipFile(javaZip)));
            lambda.putFunctionConcurrency(b -> b.functionName("Echo").reservedConcurrentExecutions(10));
            warmRoundTrips(cloud.endpoint(), "Echo");
            throughput(cloud.endpoint(), "Echo", 4, 5_000);
            residentMemory();
        }
    }

    /** One measurement, in milliseconds. */
    interface Measured {
        double millis() throws Exception;
    }

    static double median(int runs, Measured measured) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = measured.millis();
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    /** The interpreter python3 names (a pyenv shim runs it through a script); the local cloud runs this one. */
    static String pythonExecutable() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return path;
    }

    /** Wall time of a process from start to exit. */
    static double run(String... command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Creates a function, then times nothing but its first Invoke. */
    static double coldStart(LambdaClient lambda, String name, String runtime, String handler, SdkBytes zip) {
        lambda.createFunction(b -> b.functionName(name).runtime(runtime).role(ROLE).handler(handler).code(c -> c.zipFile(zip)));
        long start = System.nanoTime();
        var response = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"cold\":true}")));
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.functionError() != null) {
            throw new IllegalStateException(name + " failed: " + response.payload().asUtf8String());
        }
        return millis;
    }

    static HttpRequest invokeRequest(URI endpoint, String function, String body) {
        return HttpRequest.newBuilder(URI.create(endpoint + "/2015-03-31/functions/" + function + "/invocations"))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=k/20260101/us-west-2/lambda/aws4_request,"
                        + " SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sequential warm invokes of a handler that returns its event: the round trip is the platform's overhead. */
    static void warmRoundTrips(URI endpoint, String function) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = invokeRequest(endpoint, function, "{\"ok\":true}");
        for (int i = 0; i < 3000; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        double[] micros = new double[5000];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            micros[i] = (System.nanoTime() - start) / 1e3;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(new String(response.body(), StandardCharsets.UTF_8));
            }
        }
        Arrays.sort(micros);
        System.out.printf("warm Invoke round trip (echo handler, HTTP/1.1 keep-alive, 5000 after 3000 warm-up): p50 %.2f ms,"
                + " p99 %.2f ms, max %.2f ms%n", micros[2500] / 1e3, micros[4950] / 1e3, micros[4999] / 1e3);
    }

    static void throughput(URI endpoint, String function, int threads, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = invokeRequest(endpoint, function, "{\"ok\":true}");
                int done = 0;
                while (!stop.get()) {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        done++;
                    }
                }
                return done;
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(millis);
        stop.set(true);
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("warm invokes per second, %d client threads for %.0f s (echo handler): %.0f%n", threads, seconds,
                total / seconds);
    }

    static void residentMemory() throws IOException {
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            String command = child.info().commandLine().orElse("");
            if (command.contains("labrepl.cloud.lambda.bootstrap.JavaRuntime")) {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(child.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        System.out.printf("idle Java environment (128 MB function) resident: %s%n", line.substring(6).strip());
                    }
                }
            }
        }
    }

    static Path handlerJar(Path work) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/bench"));
        Files.writeString(sources.resolve("Echo.java"), ECHO);
        Files.writeString(sources.resolve("Hello.java"), HELLO);
        Path classes = Files.createDirectories(work.resolve("classes"));
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                sources.resolve("Echo.java").toString(), sources.resolve("Hello.java").toString()) != 0) {
            throw new IllegalStateException("javac failed");
        }
        Path jar = work.resolve("handler.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("bench/Echo.class", "bench/Hello.class")) {
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(classes.resolve(name)));
            }
        }
        return jar;
    }

    static SdkBytes zip(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return SdkBytes.fromByteArray(bytes.toByteArray());
    }
}
