package labrepl.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudRequestTest {

    private static CloudRequest withAuthorization(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        if (authorization != null) {
            headers.set("Authorization", authorization);
        }
        return new CloudRequest("POST", "/", null, headers, new ByteArrayInputStream(new byte[0]), "127.0.0.1",
                4566, Instant.now());
    }

    @Test
    void theSignedServiceIsReadFromTheCredentialScope() {
        assertEquals("lambda", withAuthorization("AWS4-HMAC-SHA256 Credential=AKID/20261130/us-west-2/lambda/aws4_request,"
                + " SignedHeaders=host;x-amz-date, Signature=abc").signedService());
    }

    @Test
    void anUnsignedOrMalformedRequestNamesNoService() {
        assertNull(withAuthorization(null).signedService());
        assertNull(withAuthorization("Bearer token").signedService());
        assertNull(withAuthorization("AWS4-HMAC-SHA256 Credential=AKID/20261130/us-west-2").signedService());
    }

    @Test
    void theRawTargetKeepsTheQuery() {
        CloudRequest request = new CloudRequest("GET", "/b/a%20b", "list-type=2", new HttpHeaders(),
                new ByteArrayInputStream(new byte[0]), "127.0.0.1", 4566, Instant.now());
        assertEquals("/b/a%20b?list-type=2", request.rawTarget());
    }
}
