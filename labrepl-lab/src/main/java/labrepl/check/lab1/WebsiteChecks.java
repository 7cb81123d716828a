package labrepl.check.lab1;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.check.TargetReader;
import labrepl.check.Verdict;
import labrepl.helpers.web.WebPage;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.GetBucketWebsiteResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Task 1 of Lab 1: the bucket, open to visitors, hosting the page as a website. */
final class WebsiteChecks {

    static final String PAGE = "index.html";
    private static final Pattern ERROR_CODE = Pattern.compile("<li>Code: ([A-Za-z]+)</li>");

    private WebsiteChecks() {
    }

    static Verdict bucket(TargetReader target) {
        String name = target.labBucketName();
        List<String> buckets = target.s3().listBuckets().buckets().stream().map(Bucket::name).toList();
        if (!buckets.contains(name)) {
            List<String> similar = buckets.stream().filter(bucket -> bucket.startsWith("customerswebsite")).toList();
            if (!similar.isEmpty()) {
                return Verdict.failed("there is no bucket " + name + " but there is " + String.join(", ", similar)
                        + ": the lab's name ends in this region and this account's id (" + target.accountId() + ")");
            }
            return Verdict.failed("there is no bucket " + name + "; create it in " + target.region());
        }
        String location = location(target, name);
        if (!location.equals(target.region())) {
            return Verdict.failed("the bucket is in " + location + ", not in the lab's region " + target.region()
                    + "; delete it and create it again in " + target.region());
        }
        return Verdict.passed();
    }

    /**
     * The bucket's region. A regional S3 endpoint may send a client to the bucket's own region
     * (301, with the region in a header) instead of answering; that answer says it too.
     */
    private static String location(TargetReader target, String bucket) {
        try {
            return regionOf(target.s3().getBucketLocation(b -> b.bucket(bucket)).locationConstraintAsString());
        } catch (S3Exception e) {
            Optional<String> elsewhere = e.statusCode() == 301
                    ? e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region") : Optional.empty();
            return elsewhere.orElseThrow(() -> e);
        }
    }

    /** What GetBucketLocation's answer means: nothing for us-east-1, and EU for eu-west-1, as S3 has always said. */
    private static String regionOf(String locationConstraint) {
        if (locationConstraint == null || locationConstraint.isEmpty() || locationConstraint.equals("null")) {
            return "us-east-1";
        }
        return locationConstraint.equals("EU") ? "eu-west-1" : locationConstraint;
    }

    static Verdict publicAccess(TargetReader target) {
        PublicAccessBlockConfiguration block;
        try {
            block = target.s3().getPublicAccessBlock(b -> b.bucket(target.labBucketName()))
                    .publicAccessBlockConfiguration();
        } catch (S3Exception e) {
            if ("NoSuchPublicAccessBlockConfiguration".equals(e.awsErrorDetails().errorCode())) {
                return Verdict.passed();
            }
            throw e;
        }
        boolean blocksPolicy = Boolean.TRUE.equals(block.blockPublicPolicy());
        boolean restricts = Boolean.TRUE.equals(block.restrictPublicBuckets());
        if (!blocksPolicy && !restricts) {
            return Verdict.passed();
        }
        String consequence = blocksPolicy && restricts ? "S3 refuses a public bucket policy and ignores one"
                : blocksPolicy ? "S3 refuses a public bucket policy (BlockPublicPolicy)"
                : "S3 ignores the public bucket policy for visitors (RestrictPublicBuckets)";
        return Verdict.failed("Block Public Access is still on for the bucket, so " + consequence
                + "; clear \"Block all public access\" (s3.deletePublicAccessBlock)");
    }

    static Verdict policy(TargetReader target) {
        String bucket = target.labBucketName();
        String policy;
        try {
            policy = target.s3().getBucketPolicy(b -> b.bucket(bucket)).policy();
        } catch (S3Exception e) {
            if ("NoSuchBucketPolicy".equals(e.awsErrorDetails().errorCode())) {
                return Verdict.failed("the bucket has no policy, so its objects are private; add Task 1.2's policy,"
                        + " which allows s3:GetObject to everyone on arn:aws:s3:::" + bucket + "/*");
            }
            throw e;
        }
        return new PolicyDiagnosis(bucket).judge(policy);
    }

    static Verdict website(TargetReader target) {
        GetBucketWebsiteResponse website;
        try {
            website = target.s3().getBucketWebsite(b -> b.bucket(target.labBucketName()));
        } catch (S3Exception e) {
            if ("NoSuchWebsiteConfiguration".equals(e.awsErrorDetails().errorCode())) {
                return Verdict.failed("static website hosting is off for the bucket; enable it with the index"
                        + " document index.html");
            }
            throw e;
        }
        if (website.redirectAllRequestsTo() != null) {
            return Verdict.failed("the website redirects every request to " + website.redirectAllRequestsTo().hostName()
                    + "; choose \"Host a static website\" with the index document index.html instead");
        }
        String index = website.indexDocument() == null ? "" : website.indexDocument().suffix();
        if (!PAGE.equals(index)) {
            return Verdict.failed("the website's index document is \"" + index + "\", but the page is index.html;"
                    + " set the index document to index.html");
        }
        return Verdict.passed();
    }

    static Verdict page(TargetReader target) {
        String bucket = target.labBucketName();
        HeadObjectResponse head;
        try {
            head = target.s3().headObject(b -> b.bucket(bucket).key(PAGE));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Verdict.failed(missingPage(target, bucket));
            }
            throw e;
        }
        String type = head.contentType() == null ? "" : head.contentType();
        if (!type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return Verdict.failed("index.html is stored with Content-Type " + (type.isEmpty() ? "(none)" : type)
                    + ", so browsers download it instead of showing it; upload it again as text/html (aws s3 cp"
                    + " guesses it from the name; from Java, contentType(\"text/html\"))");
        }
        return Verdict.passed();
    }

    private static String missingPage(TargetReader target, String bucket) {
        List<String> near = new ArrayList<>();
        for (S3Object object : target.s3().listObjectsV2(b -> b.bucket(bucket).maxKeys(1000)).contents()) {
            String key = object.key();
            if (key.equalsIgnoreCase(PAGE) || key.endsWith("/" + PAGE) || key.toLowerCase(Locale.ROOT).startsWith("index.")) {
                near.add(key);
            }
        }
        if (!near.isEmpty()) {
            return "the bucket has " + String.join(", ", near) + " but no object named exactly index.html at its top;"
                    + " upload the page as index.html (aws s3 cp index.html s3://" + bucket + ")";
        }
        return "there is no object index.html in the bucket; upload the lab's page (aws s3 cp index.html s3://"
                + bucket + ")";
    }

    static Verdict websiteAnswers(TargetReader target) throws Exception {
        Optional<URI> url = target.websiteUrl(target.labBucketName());
        if (url.isEmpty()) {
            return Verdict.skipped("LabREPL does not know where " + target.target().describe()
                    + " serves websites (moto serves none); open the website there yourself");
        }
        WebPage page = target.fetch(url.get());
        String type = page.contentType().toLowerCase(Locale.ROOT);
        if (page.status() == 200 && type.startsWith("text/html")) {
            return Verdict.passed();
        }
        if (page.status() == 200) {
            return Verdict.failed(url.get() + " answers with Content-Type " + page.contentType()
                    + ", so a browser downloads the page instead of showing it");
        }
        Matcher found = ERROR_CODE.matcher(page.body());
        String code = found.find() ? found.group(1) : "";
        return Verdict.failed("an anonymous visitor of " + url.get() + " gets HTTP " + page.status()
                + (code.isEmpty() ? "" : " " + code) + explanation(target, code));
    }

    private static String explanation(TargetReader target, String code) {
        return switch (code) {
            case "AccessDenied" -> missingIndexDocument(target)
                    .map(index -> ": the index document " + index + " is not in the bucket (S3 tells a visitor who"
                            + " may not list the bucket AccessDenied rather than NoSuchKey)")
                    .orElse(": the bucket policy and Block Public Access still keep visitors out");
            case "NoSuchWebsiteConfiguration" -> ": website hosting is off";
            case "NoSuchKey" -> ": the index document is not in the bucket";
            default -> "";
        };
    }

    /** The website's index document when the bucket does not have it, read with the owner's rights. */
    private static Optional<String> missingIndexDocument(TargetReader target) {
        String bucket = target.labBucketName();
        GetBucketWebsiteResponse website;
        try {
            website = target.s3().getBucketWebsite(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            return Optional.empty();
        }
        if (website.indexDocument() == null) {
            return Optional.empty();
        }
        String index = website.indexDocument().suffix();
        try {
            target.s3().headObject(b -> b.bucket(bucket).key(index));
            return Optional.empty();
        } catch (S3Exception e) {
            return e.statusCode() == 404 ? Optional.of(index) : Optional.empty();
        }
    }
}
