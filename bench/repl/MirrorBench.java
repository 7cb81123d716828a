import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import labrepl.cloud.LocalCloud;
import labrepl.target.Target;
import labrepl.mirror.Mirror;
import labrepl.repl.Session;
import labrepl.repl.console.MirroredSession;

/**
 * How long /aws takes to translate a command line, in a REPL session as a learner has it: the
 * local cloud up, the session started with its background warm-up, one dynamodb call made. The
 * first translation reads the SDK's model from the class path (the mirror loads lazily); the
 * others are each of the lab's commands, ROUNDS times.
 *
 *   java -cp target/labrepl.jar bench/repl/MirrorBench.java [ROUNDS]
 */
public class MirrorBench {

    static final List<String> COMMANDS = List.of(
            "aws dynamodb create-table --table-name LabCustomers --attribute-definitions AttributeName=ID,AttributeType=S"
                    + " --key-schema AttributeName=ID,KeyType=HASH --billing-mode PAY_PER_REQUEST",
            "aws dynamodb put-item --table-name LabCustomers --item file://add-one-customer.json --region us-west-2",
            "aws dynamodb scan --table-name LabCustomers --output json",
            "aws dynamodb list-tables --query 'TableNames[0]' --output text",
            "aws dynamodb describe-table --table-name LabCustomers",
            "aws s3 ls",
            "aws s3 cp index.html s3://customerswebsite-us-west-2-000000000000",
            "aws s3api get-bucket-location --bucket customerswebsite-us-west-2-000000000000 --output text",
            "aws s3api put-bucket-policy --bucket b --policy file://policy.json",
            "aws sts get-caller-identity");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path folder = Files.createTempDirectory("mirror-bench");
        Files.writeString(folder.resolve("add-one-customer.json"), "{\"ID\": {\"S\": \"ABC123\"}}");
        Files.writeString(folder.resolve("policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": []}");
        Files.writeString(folder.resolve("index.html"), "<html></html>");
        try (LocalCloud cloud = LocalCloud.builder().port(0).region("us-west-2").inMemory().start();
             Session session = Session.builder(Target.localCloud(cloud.endpoint(), "us-west-2"))
                     .workingFolder(folder).warmUpClients(true).start()) {
            session.eval("dynamodb.listTables()");
            MirroredSession view = new MirroredSession(session);

            long start = System.nanoTime();
            Mirror mirror = Mirror.onClassPath();
            mirror.toJava(COMMANDS.get(2), view);
            System.out.printf("first translation (model read from the class path included): %.1f ms%n", ms(start));
            for (String command : List.of(COMMANDS.get(6), COMMANDS.get(9))) {
                long first = System.nanoTime();
                mirror.toJava(command, view);
                System.out.printf("first of its service: %-60.60s %.1f ms%n", command, ms(first));
            }
            List<Double> all = new ArrayList<>();
            for (String command : COMMANDS) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    long t = System.nanoTime();
                    mirror.toJava(command, new MirroredSession(session));
                    times.add(ms(t));
                }
                Collections.sort(times);
                all.addAll(times);
                System.out.printf("%-70.70s median %.2f ms  max %.2f ms%n", command, times.get(times.size() / 2),
                        times.get(times.size() - 1));
            }
            Collections.sort(all);
            System.out.printf("after the first, all commands: median %.2f ms, p99 %.2f ms, max %.2f ms (%d translations)%n",
                    all.get(all.size() / 2), all.get((int) (all.size() * 0.99)), all.get(all.size() - 1), all.size());
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
