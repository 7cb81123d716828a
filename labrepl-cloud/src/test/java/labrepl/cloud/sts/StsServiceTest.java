package labrepl.cloud.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.HttpHeaders;
import org.junit.jupiter.api.Test;

/** STS as a service on its own, with no listener: a request in, an answer out. */
class StsServiceTest {

    private static final String STS_SIGNATURE =
            "AWS4-HMAC-SHA256 Credential=AKID/20261130/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0";

    private final StsService sts = new StsService(CloudIdentity.local("us-west-2"));

    private static CloudRequest post(String authorization, String form) {
        HttpHeaders headers = new HttpHeaders().set("Authorization", authorization)
                .set("Content-Type", "application/x-www-form-urlencoded");
        return new CloudRequest("POST", "/", null, headers,
                new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)), "127.0.0.1", 4566, Instant.now());
    }

    private static String body(CloudResponse response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void claimsOnlyRequestsSignedForSts() {
        assertTrue(sts.accepts(post(STS_SIGNATURE, "")));
        assertFalse(sts.accepts(post(STS_SIGNATURE.replace("/sts/", "/s3/"), "")));
    }

    @Test
    void getCallerIdentityNamesTheLocalAccount() throws Exception {
        CloudResponse response = sts.handle(post(STS_SIGNATURE, "Action=GetCallerIdentity&Version=2011-06-15"));
        assertEquals(200, response.statusCode());
        assertTrue(body(response).contains("<Account>000000000000</Account>"), body(response));
    }

    @Test
    void anUnknownActionIsInvalidAction() throws Exception {
        CloudResponse response = sts.handle(post(STS_SIGNATURE, "Action=AssumeRole&Version=2011-06-15"));
        assertEquals(400, response.statusCode());
        assertTrue(body(response).contains("<Code>InvalidAction</Code>"), body(response));
        assertTrue(body(response).contains("Could not find operation AssumeRole for version 2011-06-15"));
    }
}
