package labrepl.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Each kind of target says where a bucket's website is, or that it does not know. */
class TargetTest {

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
