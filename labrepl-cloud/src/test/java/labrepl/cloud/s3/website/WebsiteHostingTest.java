package labrepl.cloud.s3.website;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.RoutingRule;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The website endpoint as a browser meets it: {@code http://BUCKET.s3-website-REGION.localhost:PORT/}. */
@WithLocalCloud
class WebsiteHostingTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    @ClassCloud
    static S3Client s3;
    @ClassCloud
    static LocalCloud cloud;

    /**
     * A website bucket with an index page and hosting configured; with {@code publicRead}, the
     * lab's policy (Block Public Access off); with {@code listable}, s3:ListBucket granted too.
     */
    private static String site(boolean publicRead, boolean listable) {
        String bucket = "site-" + NEXT.incrementAndGet();
        s3.createBucket(b -> b.bucket(bucket).createBucketConfiguration(
                c -> c.locationConstraint(BucketLocationConstraint.US_WEST_2)));
        s3.putObject(b -> b.bucket(bucket).key("index.html").contentType("text/html"),
                RequestBody.fromString("<h1>Customers</h1>"));
        s3.putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))));
        if (publicRead) {
            s3.deletePublicAccessBlock(b -> b.bucket(bucket));
            s3.putBucketPolicy(b -> b.bucket(bucket).policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
                    + "\"PublicReadGetObject\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                    + "\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}" + (listable ? listBucket(bucket) : "") + "]}"));
        }
        return bucket;
    }

    private static String listBucket(String bucket) {
        return ",{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::"
                + bucket + "\"}";
    }

    private static String host(String bucket) {
        return WebsiteEndpoint.local(bucket, "us-west-2", cloud.port()).getAuthority();
    }

    private static PlainHttp.Response browse(String bucket, String path) throws Exception {
        return PlainHttp.get(cloud.port(), host(bucket), path);
    }

    @Test
    void theWebsiteUrlHasAwssShapeOnTheLocalCloudsPort() {
        assertEquals("http://customerswebsite-us-west-2-000000000000.s3-website-us-west-2.localhost:" + cloud.port() + "/",
                cloud.websiteEndpoint("customerswebsite-us-west-2-000000000000").toString());
    }

    @Test
    void withAPublicReadPolicyTheRootServesTheIndexDocumentWithItsContentType() throws Exception {
        String bucket = site(true, false);
        PlainHttp.Response page = browse(bucket, "/");
        assertEquals(200, page.status());
        assertEquals("<h1>Customers</h1>", page.text());
        assertEquals("text/html", page.header("Content-Type"));
        assertEquals(200, PlainHttp.get(cloud.port(), bucket + ".s3-website.us-west-2.localhost:" + cloud.port(), "/").status(),
                "the dot form of the endpoint works too");
    }

    @Test
    void withoutAPolicyThePageIsS3s403AccessDeniedPage() throws Exception {
        String bucket = site(false, false);
        PlainHttp.Response page = browse(bucket, "/");
        assertEquals(403, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        String html = page.text();
        assertTrue(html.contains("<title>403 Forbidden</title>"), html);
        assertTrue(html.contains("<h1>403 Forbidden</h1>"), html);
        assertTrue(html.contains("<li>Code: AccessDenied</li>"), html);
        assertTrue(html.contains("<li>Message: Access Denied</li>"), html);
        assertTrue(html.contains("<li>RequestId: " + page.header("x-amz-request-id") + "</li>"), html);
    }

    @Test
    void aMissingKeyIs403WithoutListBucketAnd404PageWithIt() throws Exception {
        assertEquals(403, browse(site(true, false), "/missing.html").status());
        String listable = site(true, true);
        PlainHttp.Response page = browse(listable, "/missing.html");
        assertEquals(404, page.status());
        assertTrue(page.text().contains("<title>404 Not Found</title>"));
        assertTrue(page.text().contains("<li>Code: NoSuchKey</li>"));
        assertTrue(page.text().contains("<li>Message: The specified key does not exist.</li>"));
        assertTrue(page.text().contains("<li>Key: missing.html</li>"));
    }

    @Test
    void anErrorDocumentIsServedWithTheErrorStatus() throws Exception {
        String bucket = site(true, false);
        s3.putObject(b -> b.bucket(bucket).key("error.html").contentType("text/html"),
                RequestBody.fromString("<p>Nothing here</p>"));
        s3.putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))
                .errorDocument(e -> e.key("error.html"))));
        PlainHttp.Response page = browse(bucket, "/missing.html");
        assertEquals(403, page.status());
        assertEquals("<p>Nothing here</p>", page.text());
        assertEquals("text/html", page.header("Content-Type"));
    }

    @Test
    void anErrorDocumentThatCannotBeReadAddsS3sSecondErrorList() throws Exception {
        String bucket = site(true, false);
        s3.putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))
                .errorDocument(e -> e.key("error.html"))));
        String html = browse(bucket, "/missing.html").text();
        assertTrue(html.contains("<h3>An Error Occurred While Attempting to Retrieve a Custom Error Document</h3>"),
                html);
    }

    @Test
    void folderRequestsServeTheFoldersIndexAndRedirectWithoutTheSlash() throws Exception {
        String bucket = site(true, false);
        s3.putObject(b -> b.bucket(bucket).key("docs/index.html").contentType("text/html"),
                RequestBody.fromString("docs"));
        assertEquals("docs", browse(bucket, "/docs/").text());
        PlainHttp.Response redirect = browse(bucket, "/docs");
        assertEquals(302, redirect.status());
        assertEquals("/docs/", redirect.header("Location"));
    }

    @Test
    void redirectAllRequestsSendsEveryPathToTheOtherHost() throws Exception {
        String bucket = site(false, false);
        s3.putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(w -> w.redirectAllRequestsTo(
                r -> r.hostName("example.com").protocol("https"))));
        PlainHttp.Response redirect = browse(bucket, "/a/b.html");
        assertEquals(301, redirect.status());
        assertEquals("https://example.com/a/b.html", redirect.header("Location"));
    }

    @Test
    void routingRulesRedirectByKeyPrefixAndByErrorCode() throws Exception {
        String bucket = site(true, false);
        s3.putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))
                .routingRules(RoutingRule.builder().condition(c -> c.keyPrefixEquals("docs/"))
                                .redirect(r -> r.replaceKeyPrefixWith("documents/")).build(),
                        RoutingRule.builder().condition(c -> c.httpErrorCodeReturnedEquals("403"))
                                .redirect(r -> r.hostName("fallback.example").replaceKeyWith("sorry.html")
                                        .httpRedirectCode("302")).build())));
        PlainHttp.Response byPrefix = browse(bucket, "/docs/guide.html");
        assertEquals(301, byPrefix.status());
        assertEquals("http://" + host(bucket) + "/documents/guide.html", byPrefix.header("Location"));
        PlainHttp.Response byError = browse(bucket, "/missing.html");
        assertEquals(302, byError.status());
        assertEquals("http://fallback.example/sorry.html", byError.header("Location"));
    }

    @Test
    void anObjectsWebsiteRedirectLocationIsFollowed() throws Exception {
        String bucket = site(true, false);
        s3.putObject(b -> b.bucket(bucket).key("old.html").websiteRedirectLocation("/index.html"),
                RequestBody.fromString(""));
        PlainHttp.Response redirect = browse(bucket, "/old.html");
        assertEquals(301, redirect.status());
        assertEquals("/index.html", redirect.header("Location"));
    }

    @Test
    void headHasHeadersWithoutABodyAndOtherMethodsAre405() throws Exception {
        String bucket = site(true, false);
        PlainHttp.Response head = PlainHttp.send(cloud.port(), "HEAD", host(bucket), "/", Map.of(), null);
        assertEquals(200, head.status());
        assertEquals("18", head.header("Content-Length"));
        assertEquals(0, head.body().length);
        PlainHttp.Response post = PlainHttp.send(cloud.port(), "POST", host(bucket), "/", Map.of(), new byte[] {1});
        assertEquals(405, post.status());
        assertTrue(post.text().contains("<li>Code: MethodNotAllowed</li>"));
    }

    @Test
    void unknownBucketsAndBucketsWithoutHostingAnswer404Pages() throws Exception {
        PlainHttp.Response noBucket = browse("no-such-site", "/");
        assertEquals(404, noBucket.status());
        assertTrue(noBucket.text().contains("<li>Code: NoSuchBucket</li>"));
        assertTrue(noBucket.text().contains("<li>BucketName: no-such-site</li>"));
        String bucket = site(true, false);
        s3.deleteBucketWebsite(b -> b.bucket(bucket));
        PlainHttp.Response noWebsite = browse(bucket, "/");
        assertEquals(404, noWebsite.status());
        assertTrue(noWebsite.text().contains("<li>Code: NoSuchWebsiteConfiguration</li>"));
    }

    @Test
    void keysInErrorPagesAreEscapedNeverMarkup() throws Exception {
        String bucket = site(true, true);
        String html = browse(bucket, "/%3Cscript%3Ealert(1)%3C/script%3E").text();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void websiteConfigurationRoundTripsAndBadOnesAreRefused() {
        String bucket = site(false, false);
        s3.putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("home.html"))
                .errorDocument(e -> e.key("oops.html"))));
        var website = s3.getBucketWebsite(b -> b.bucket(bucket));
        assertEquals("home.html", website.indexDocument().suffix());
        assertEquals("oops.html", website.errorDocument().key());
        S3Exception slash = assertThrows(S3Exception.class, () -> s3.putBucketWebsite(b -> b.bucket(bucket)
                .websiteConfiguration(w -> w.indexDocument(i -> i.suffix("a/index.html")))));
        assertEquals("InvalidArgument", slash.awsErrorDetails().errorCode());
        S3Exception none = assertThrows(S3Exception.class, () -> s3.putBucketWebsite(b -> b.bucket(bucket)
                .websiteConfiguration(w -> w.errorDocument(e -> e.key("e.html")))));
        assertEquals("A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty",
                none.awsErrorDetails().errorMessage());
        s3.deleteBucketWebsite(b -> b.bucket(bucket));
        S3Exception gone = assertThrows(S3Exception.class, () -> s3.getBucketWebsite(b -> b.bucket(bucket)));
        assertEquals("NoSuchWebsiteConfiguration", gone.awsErrorDetails().errorCode());
    }
}
