package labrepl.cloud.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's Task 1 with the unmodified AWS CLI, against a local cloud on a free port:
 * create the bucket, meet Block Public Access, make it public, host a website, upload the
 * repository's index.html, find the bucket and its region as the lab's shell lines do, and
 * open the website. Every call passes {@code --endpoint-url}: older CLIs (Debian's 2.9)
 * ignore AWS_ENDPOINT_URL. Skipped, visibly, where no {@code aws} is on the PATH.
 */
class AwsCliTask1Test {

    private static final String BUCKET = "customerswebsite-us-west-2-000000000000";

    private record Result(int exit, String out, String err) {
    }

    private static Path awsOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "aws");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void theLabsTask1CommandsWorkAgainstTheLocalCloud(@TempDir Path work) throws Exception {
        Path aws = awsOnPath();
        Assumptions.assumeTrue(aws != null, "The AWS CLI (aws) is not on the PATH: the CLI test of Task 1 is skipped");
        Files.copy(Path.of("index.html"), work.resolve("index.html"));
        Files.writeString(work.resolve("policy.json"), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
                + "\"PublicReadGetObject\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + BUCKET + "/*\"}]}");
        Files.writeString(work.resolve("website.json"), "{\"IndexDocument\":{\"Suffix\":\"index.html\"}}");
        try (TestCloud cloud = TestCloud.inMemory()) {
            Cli cli = new Cli(aws, work, cloud.endpoint().toString());
            cli.ok("s3api", "create-bucket", "--bucket", BUCKET,
                    "--create-bucket-configuration", "LocationConstraint=us-west-2");

            Result blocked = cli.run("s3api", "put-bucket-policy", "--bucket", BUCKET, "--policy", "file://policy.json");
            assertTrue(blocked.exit() != 0, "a public policy is refused while Block Public Access is on");
            assertTrue(blocked.err().contains("AccessDenied") && blocked.err().contains("BlockPublicPolicy"),
                    blocked.err());

            cli.ok("s3api", "put-public-access-block", "--bucket", BUCKET, "--public-access-block-configuration",
                    "BlockPublicAcls=false,IgnorePublicAcls=false,BlockPublicPolicy=false,RestrictPublicBuckets=false");
            cli.ok("s3api", "delete-public-access-block", "--bucket", BUCKET);
            cli.ok("s3api", "put-bucket-policy", "--bucket", BUCKET, "--policy", "file://policy.json");
            cli.ok("s3api", "put-bucket-website", "--bucket", BUCKET, "--website-configuration", "file://website.json");

            // bucket_name=$(aws s3 ls | grep website | awk '{print $3}' | xargs)
            String bucketName = cli.ok("s3", "ls").lines().filter(line -> line.contains("website"))
                    .map(line -> line.trim().split("\\s+")[2]).findFirst().orElse("");
            assertEquals(BUCKET, bucketName);

            String upload = cli.ok("s3", "cp", "index.html", "s3://" + bucketName);
            assertTrue(upload.contains("upload: ./index.html to s3://" + BUCKET + "/index.html"), upload);

            // current_region=$(aws s3api get-bucket-location --bucket $bucket_name --output text)
            String region = cli.ok("s3api", "get-bucket-location", "--bucket", bucketName, "--output", "text").strip();
            assertEquals("us-west-2", region);

            PlainHttp.Response page = PlainHttp.get(cloud.cloud().port(),
                    cloud.cloud().websiteEndpoint(bucketName).getAuthority(), "/");
            assertEquals(200, page.status());
            assertEquals("text/html", page.header("Content-Type"), "aws s3 cp guesses text/html from the name");
            assertEquals(Files.readString(Path.of("index.html")), page.text());
        }
    }

    /** Runs the CLI with the test cloud's endpoint and throwaway credentials, isolated from the user's config. */
    private static final class Cli {
        private final Path aws;
        private final Path work;
        private final String endpoint;

        Cli(Path aws, Path work, String endpoint) {
            this.aws = aws;
            this.work = work;
            this.endpoint = endpoint;
        }

        String ok(String... args) throws IOException, InterruptedException {
            Result result = run(args);
            assertEquals(0, result.exit(), String.join(" ", args) + "\n" + result.err());
            return result.out();
        }

        Result run(String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url", endpoint));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
            Map<String, String> env = builder.environment();
            env.put("AWS_ACCESS_KEY_ID", "test-key");
            env.put("AWS_SECRET_ACCESS_KEY", "test-secret");
            env.put("AWS_DEFAULT_REGION", "us-west-2");
            env.put("AWS_REGION", "us-west-2");
            env.put("AWS_CONFIG_FILE", work.resolve("no-config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-credentials").toString());
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            env.put("AWS_PAGER", "");
            env.remove("AWS_PROFILE");
            env.remove("AWS_ENDPOINT_URL");
            Path err = work.resolve("stderr.txt");
            builder.redirectError(err.toFile());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("aws " + String.join(" ", args) + " did not finish");
            }
            return new Result(process.exitValue(), out, Files.readString(err));
        }
    }
}
