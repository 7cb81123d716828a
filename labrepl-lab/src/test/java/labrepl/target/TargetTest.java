package labrepl.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each kind of target says where a bucket's website is, or that it does not know; where each
 * service goes, in the prompt, the banner and the CLI's environment alike.
 */
class TargetTest {

    private static final URI LOCAL = URI.create("http://127.0.0.1:4566");
    private static final URI DYNAMODB_LOCAL = URI.create("http://127.0.0.1:8000");

    @Test
    void aServiceSentElsewhereIsNamedInThePromptAndTheBanner() {
        Target split = Target.localCloud(LOCAL, "us-west-2").withServiceEndpoints(Map.of(AwsService.DYNAMODB, DYNAMODB_LOCAL));
        assertEquals("local dynamodb@127.0.0.1:8000", split.label());
        assertEquals("DynamoDB at http://127.0.0.1:8000, S3 on the local cloud at http://127.0.0.1:4566, us-west-2",
                split.describe(List.of(AwsService.DYNAMODB, AwsService.S3), Optional.empty()));
        assertEquals("the local cloud at http://127.0.0.1:4566, us-west-2 (DynamoDB at http://127.0.0.1:8000)",
                split.describe());
        assertEquals(Optional.of(DYNAMODB_LOCAL), split.endpoint(AwsService.DYNAMODB));
        assertEquals(Optional.of(LOCAL), split.endpoint(AwsService.S3));
    }

    @Test
    void onAwsThePromptAndTheBannerNameTheAccountAndTheRegion() {
        Target aws = Target.aws("us-west-2", null);
        assertEquals("aws:123456789012:us-west-2", aws.label(Optional.of("123456789012")));
        assertEquals("DynamoDB and S3 on real AWS, account 123456789012, us-west-2",
                aws.describe(List.of(AwsService.DYNAMODB, AwsService.S3), Optional.of("123456789012")));
        Target split = aws.withServiceEndpoints(Map.of(AwsService.DYNAMODB, DYNAMODB_LOCAL));
        assertEquals("aws:123456789012:us-west-2 dynamodb@127.0.0.1:8000", split.label(Optional.of("123456789012")));
        assertTrue(aws.reachesAws(AwsService.DYNAMODB));
        assertFalse(split.reachesAws(AwsService.DYNAMODB), "DynamoDB Local is not AWS");
        assertTrue(split.reachesAws(AwsService.S3));
        assertFalse(Target.localCloud(LOCAL, "us-west-2").reachesAws(AwsService.S3));
    }

    @Test
    void theCliIsGivenEachServicesEndpointAsTheSdksNameIt() {
        Map<String, String> variables = Target.localCloud(LOCAL, "us-west-2")
                .withServiceEndpoints(Map.of(AwsService.DYNAMODB, DYNAMODB_LOCAL)).cliEnvironment().variables();
        assertEquals("http://127.0.0.1:4566", variables.get("AWS_ENDPOINT_URL"));
        assertEquals("http://127.0.0.1:8000", variables.get("AWS_ENDPOINT_URL_DYNAMODB"));
        Map<String, String> aws = Target.aws("us-west-2", null)
                .withServiceEndpoints(Map.of(AwsService.DYNAMODB, DYNAMODB_LOCAL)).cliEnvironment().variables();
        assertFalse(aws.containsKey("AWS_ENDPOINT_URL"), "the other services go to AWS");
        assertFalse(aws.containsKey("AWS_ACCESS_KEY_ID"), "the user's own credentials sign");
        assertEquals("http://127.0.0.1:8000", aws.get("AWS_ENDPOINT_URL_DYNAMODB"));
    }

    @Test
    void aBucketOnAnotherS3HasNoKnownWebsite() {
        Target split = Target.localCloud(LOCAL, "us-west-2")
                .withServiceEndpoints(Map.of(AwsService.S3, URI.create("http://127.0.0.1:9000")));
        assertTrue(assertThrows(IllegalStateException.class, () -> split.websiteUrl("site")).getMessage()
                .startsWith("No website address is known for a bucket on http://127.0.0.1:9000"));
    }

    @Test
    void theLocalCloudsWebsiteIsALocalhostNameOnItsPort() {
        Target local = Target.localCloud(URI.create("http://127.0.0.1:4599"), "eu-central-1");
        assertEquals(URI.create("http://site.s3-website-eu-central-1.localhost:4599/"), local.websiteUrl("site"));
    }

    @Test
    void awsRegionsS3OpenedWithHaveADashBeforeTheRegion() {
        assertEquals(URI.create("http://site.s3-website-us-west-2.amazonaws.com"),
                Target.aws("us-west-2", null).websiteUrl("site"));
        assertEquals(URI.create("http://site.s3-website-us-gov-west-1.amazonaws.com"),
                Target.aws("us-gov-west-1", null).websiteUrl("site"));
    }

    @Test
    void laterAwsRegionsHaveADotBeforeTheRegion() {
        assertEquals(URI.create("http://site.s3-website.eu-central-1.amazonaws.com"),
                Target.aws("eu-central-1", null).websiteUrl("site"));
        assertEquals(URI.create("http://site.s3-website.us-gov-east-1.amazonaws.com"),
                Target.aws("us-gov-east-1", null).websiteUrl("site"));
    }

    @Test
    void chinasRegionsUseTheirOwnDomain() {
        assertEquals(URI.create("http://site.s3-website.cn-north-1.amazonaws.com.cn"),
                Target.aws("cn-north-1", null).websiteUrl("site"));
    }

    @Test
    void anotherEndpointsWebsiteIsNotGuessed() {
        Target moto = Target.endpoint(URI.create("http://127.0.0.1:5000"), "us-west-2", null);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> moto.websiteUrl("site"));
        assertTrue(error.getMessage().startsWith("No website address is known for a bucket on http://127.0.0.1:5000"),
                error.getMessage());
    }
}
