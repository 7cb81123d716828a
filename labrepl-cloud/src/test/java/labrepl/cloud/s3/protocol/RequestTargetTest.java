package labrepl.cloud.s3.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Test
    void pathStyleNamesTheBucketInTheFirstSegmentAndTheRestIsTheKey() {
        assertEquals(new RequestTarget(null, null), RequestTarget.parse("127.0.0.1:4566", "/"));
        assertEquals(new RequestTarget("b", null), RequestTarget.parse("127.0.0.1:4566", "/b"));
        assertEquals(new RequestTarget("b", null), RequestTarget.parse("localhost", "/b/"));
        assertEquals(new RequestTarget("b", "a/b c+d/../e"),
                RequestTarget.parse("127.0.0.1", "/b/a/b%20c+d/../e"));
        assertEquals(new RequestTarget("b", "/lead//double"), RequestTarget.parse("s3.localhost:1", "/b//lead//double"));
    }

    @Test
    void virtualHostStyleNamesTheBucketInTheHost() {
        assertEquals(new RequestTarget("my.site", "index.html"),
                RequestTarget.parse("my.site.localhost:4566", "/index.html"));
        assertEquals(new RequestTarget("site", null), RequestTarget.parse("site.s3.localhost", "/"));
        assertEquals(new RequestTarget("site", "k\u00e9"), RequestTarget.parse("SITE.s3.localhost:9", "/k%C3%A9"));
    }

    @Test
    void awsHostNamesAreVirtualHostStyleWithTheBucketFirstAndPathStyleWithout() {
        assertEquals(new RequestTarget("photos", "index.html"),
                RequestTarget.parse("photos.s3.amazonaws.com", "/index.html"));
        assertEquals(new RequestTarget("my.photos", "a/b"),
                RequestTarget.parse("my.photos.s3.us-west-2.amazonaws.com", "/a/b"));
        assertEquals(new RequestTarget("photos", null), RequestTarget.parse("photos.s3-eu-west-1.amazonaws.com:443", "/"));
        assertEquals(new RequestTarget("photos", "k"),
                RequestTarget.parse("photos.s3.dualstack.us-east-1.amazonaws.com", "/k"));
        assertEquals(new RequestTarget("photos", "index.html"),
                RequestTarget.parse("s3.us-west-2.amazonaws.com", "/photos/index.html"));
        assertEquals(new RequestTarget("photos", null), RequestTarget.parse("s3.amazonaws.com", "/photos"));
    }

    @Test
    void theResourceIsThePathS3NamesInErrors() {
        assertEquals("/b/k", new RequestTarget("b", "k").resource());
        assertEquals("/b", new RequestTarget("b", null).resource());
        assertEquals("/", new RequestTarget(null, null).resource());
    }
}
