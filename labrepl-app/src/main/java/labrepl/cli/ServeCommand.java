package labrepl.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.cloud.LocalCloud;

/** {@code labrepl serve}: run the local cloud alone, for the AWS CLI, boto3 or any SDK. */
final class ServeCommand extends Command {

    static final String SUMMARY = "Run the embedded local cloud (DynamoDB, S3, Lambda, API Gateway, IAM, CloudWatch Logs,"
            + " STS) until Ctrl-C, for the AWS CLI, boto3 or any SDK.";

    private static final CommandSyntax SYNTAX = CloudOptions.addTo(CommandSyntax.builder("labrepl serve")
            .description(SUMMARY)).build();

    ServeCommand() {
        super(SYNTAX);
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws InterruptedException {
        CloudOptions cloudOptions = CloudOptions.from(arguments);
        LocalCloud cloud = cloudOptions.localCloud().builder().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cloud.close();
            stopped.countDown();
        }, "labrepl-stop"));
        printHowToUse(out, cloud, cloudOptions);
        stopped.await();
        return 0;
    }

    private static void printHowToUse(PrintWriter out, LocalCloud cloud, CloudOptions cloudOptions) {
        String endpoint = cloud.endpoint().toString();
        String region = cloud.identity().region();
        out.println("LabREPL local cloud " + Version.version() + ": DynamoDB and S3 at " + endpoint);
        out.println(cloudOptions.inMemory()
                ? "Data: in memory; it is gone when this stops."
                : "Data: " + cloudOptions.dataFolder().toAbsolutePath().normalize());
        out.println();
        out.println("To use it from the AWS CLI, boto3 or an SDK, in another terminal:");
        out.println("  export AWS_ENDPOINT_URL=" + endpoint);
        out.println("  export AWS_REGION=" + region + " AWS_DEFAULT_REGION=" + region);
        out.println("  export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local   # any values work");
        out.println("  aws dynamodb list-tables");
        out.println("(An AWS CLI older than 2.13 or 1.29 ignores AWS_ENDPOINT_URL: add --endpoint-url " + endpoint + ")");
        out.println();
        out.println("Ctrl-C stops it.");
        out.flush();
    }
}
