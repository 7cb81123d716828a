package labrepl.cloud.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's Task 1 with the unmodified AWS CLI, against a local cloud on a free port:
 * create the bucket, meet Block Public Access, make it public, host a website, upload the
 * repository's index.html, find the bucket and its region as the lab's shell lines do, and
 * open the website. Skipped, visibly, where no {@code aws} is on the PATH.
 */
@Tag("cli")
@WithLocalCloud
class AwsCliTask1Test {

    private static final String BUCKET = "customerswebsite-us-west-2-000000000000";

    @Test
    void theLabsTask1CommandsWorkAgainstTheLocalCloud(@TempDir Path work, AwsCli aws, LocalCloud cloud)
            throws Exception {
        Files.copy(Path.of("index.html"), work.resolve("index.html"));
        Files.writeString(work.resolve("policy.json"), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
                + "\"PublicReadGetObject\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + BUCKET + "/*\"}]}");
        Files.writeString(work.resolve("website.json"), "{\"IndexDocument\":{\"Suffix\":\"index.html\"}}");
        AwsCli cli = aws.inFolder(work);
        cli.output("s3api", "create-bucket", "--bucket", BUCKET,
                "--create-bucket-configuration", "LocationConstraint=us-west-2");

        AwsCli.Result blocked = cli.run("s3api", "put-bucket-policy", "--bucket", BUCKET, "--policy", "file://policy.json");
        assertTrue(blocked.exitCode() != 0, "a public policy is refused while Block Public Access is on");
        assertTrue(blocked.stderr().contains("AccessDenied") && blocked.stderr().contains("BlockPublicPolicy"),
                blocked.stderr());

        cli.output("s3api", "put-public-access-block", "--bucket", BUCKET, "--public-access-block-configuration",
                "BlockPublicAcls=false,IgnorePublicAcls=false,BlockPublicPolicy=false,RestrictPublicBuckets=false");
        cli.output("s3api", "delete-public-access-block", "--bucket", BUCKET);
        cli.output("s3api", "put-bucket-policy", "--bucket", BUCKET, "--policy", "file://policy.json");
        cli.output("s3api", "put-bucket-website", "--bucket", BUCKET, "--website-configuration", "file://website.json");

        // bucket_name=$(aws s3 ls | grep website | awk '{print $3}' | xargs)
        String bucketName = cli.output("s3", "ls").lines().filter(line -> line.contains("website"))
                .map(line -> line.trim().split("\\s+")[2]).findFirst().orElse("");
        assertEquals(BUCKET, bucketName);

        String upload = cli.output("s3", "cp", "index.html", "s3://" + bucketName);
        assertTrue(upload.contains("upload: ./index.html to s3://" + BUCKET + "/index.html"), upload);

        // current_region=$(aws s3api get-bucket-location --bucket $bucket_name --output text)
        String region = cli.output("s3api", "get-bucket-location", "--bucket", bucketName, "--output", "text").strip();
        assertEquals("us-west-2", region);

        PlainHttp.Response page = PlainHttp.get(cloud.port(),
                cloud.websiteEndpoint(bucketName).getAuthority(), "/");
        assertEquals(200, page.status());
        assertEquals("text/html", page.header("Content-Type"), "aws s3 cp guesses text/html from the name");
        assertEquals(Files.readString(Path.of("index.html")), page.text());
    }
}
