package labrepl.cloud.s3.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import labrepl.cloud.s3.auth.Principal;
import labrepl.cloud.s3.protocol.S3Error;
import org.junit.jupiter.api.Test;

class BucketPolicyTest {

    private static final String BUCKET = "site";
    private static final Principal OWNER = Principal.account("000000000000", "REST-HEADER");

    private static String policy(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    private static String statement(String effect, String principal, String action, String resource,
                                    String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Principal\":" + principal + ",\"Action\":" + action
                + ",\"Resource\":" + resource + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    private static final String PUBLIC_READ = statement("Allow", "\"*\"", "\"s3:GetObject\"",
            "\"arn:aws:s3:::site/*\"", null);

    private static AccessRequest anonymous(String action, String key, Map<String, String> context) {
        Map<String, String> keys = new HashMap<>(context);
        keys.putIfAbsent("aws:SecureTransport", "false");
        keys.putIfAbsent("aws:SourceIp", "127.0.0.1");
        return new AccessRequest(Principal.ANONYMOUS, action, AccessRequest.arn(BUCKET, key), keys);
    }

    private static BucketPolicy.Decision decide(String policy, AccessRequest request) {
        return BucketPolicy.parse(policy, BUCKET).evaluate(request);
    }

    private static String malformed(String policy) {
        S3Error error = assertThrows(S3Error.class, () -> BucketPolicy.parse(policy, BUCKET));
        assertEquals("MalformedPolicy", error.code());
        assertEquals(400, error.status());
        return error.getMessage();
    }

    @Test
    void theLabsPublicReadPolicyAllowsAnonymousGetObjectAndNothingElse() {
        String policy = policy(PUBLIC_READ);
        assertEquals(BucketPolicy.Decision.ALLOW, decide(policy, anonymous("s3:GetObject", "index.html", Map.of())));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED,
                decide(policy, anonymous("s3:PutObject", "index.html", Map.of())));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED, decide(policy, anonymous("s3:ListBucket", null, Map.of())));
        assertTrue(BucketPolicy.parse(policy, BUCKET).isPublic());
    }

    @Test
    void principalFormsNameEveryoneOrAnAccount() {
        for (String everyone : new String[] {"\"*\"", "{\"AWS\":\"*\"}", "{\"AWS\":[\"*\"]}"}) {
            String policy = policy(statement("Allow", everyone, "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"", null));
            assertEquals(BucketPolicy.Decision.ALLOW, decide(policy, anonymous("s3:GetObject", "k", Map.of())),
                    everyone);
        }
        String account = policy(statement("Allow", "{\"AWS\":\"arn:aws:iam::000000000000:root\"}",
                "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"", null));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED, decide(account, anonymous("s3:GetObject", "k", Map.of())));
        assertEquals(BucketPolicy.Decision.ALLOW, BucketPolicy.parse(account, BUCKET).evaluate(
                new AccessRequest(OWNER, "s3:GetObject", AccessRequest.arn(BUCKET, "k"), Map.of())));
        assertFalse(BucketPolicy.parse(account, BUCKET).isPublic());
    }

    @Test
    void actionAndResourceWildcardsMatchAsIamDoes() {
        String policy = policy(statement("Allow", "\"*\"", "\"s3:Get*\"", "\"arn:aws:s3:::site/public/*\"", null));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(policy, anonymous("s3:GetObject", "public/a/b.png", Map.of())));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(policy, anonymous("s3:getobject", "public/x", Map.of())));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED,
                decide(policy, anonymous("s3:GetObject", "private/x", Map.of())));
        String single = policy(statement("Allow", "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site/file?.txt\"",
                null));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(single, anonymous("s3:GetObject", "file1.txt", Map.of())));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED,
                decide(single, anonymous("s3:GetObject", "file10.txt", Map.of())));
    }

    @Test
    void anExplicitDenyWinsOverAnyAllow() {
        String policy = policy(PUBLIC_READ + "," + statement("Deny", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::site/secret/*\"", null));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(policy, anonymous("s3:GetObject", "index.html", Map.of())));
        assertEquals(BucketPolicy.Decision.DENY, decide(policy, anonymous("s3:GetObject", "secret/x", Map.of())));
    }

    @Test
    void stringConditionsCompareTheRequestsValue() {
        String equals = policy(statement("Allow", "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"",
                "{\"StringEquals\":{\"aws:Referer\":[\"http://a.example\",\"http://b.example\"]}}"));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(equals, anonymous("s3:GetObject", "k",
                Map.of("aws:Referer", "http://b.example"))));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED, decide(equals, anonymous("s3:GetObject", "k",
                Map.of("aws:Referer", "http://c.example"))));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED, decide(equals, anonymous("s3:GetObject", "k", Map.of())));
        String like = policy(statement("Allow", "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"",
                "{\"StringLike\":{\"aws:UserAgent\":\"*Firefox*\"}}"));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(like, anonymous("s3:GetObject", "k",
                Map.of("aws:UserAgent", "Mozilla/5.0 Firefox/130"))));
        String notEquals = policy(statement("Deny", "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"",
                "{\"StringNotEquals\":{\"aws:Referer\":\"http://a.example\"}}"));
        assertEquals(BucketPolicy.Decision.DENY, decide(notEquals, anonymous("s3:GetObject", "k", Map.of())),
                "a negated operator holds when the key is missing");
    }

    @Test
    void ipAddressConditionsMatchCidrRanges() {
        String policy = policy(statement("Allow", "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"",
                "{\"IpAddress\":{\"aws:SourceIp\":\"127.0.0.0/8\"}}"));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(policy, anonymous("s3:GetObject", "k", Map.of())));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED, decide(policy, anonymous("s3:GetObject", "k",
                Map.of("aws:SourceIp", "10.1.2.3"))));
        String notIp = policy(statement("Deny", "\"*\"", "\"s3:*\"", "\"arn:aws:s3:::site/*\"",
                "{\"NotIpAddress\":{\"aws:SourceIp\":[\"192.0.2.0/24\",\"::1/128\"]}}"));
        assertEquals(BucketPolicy.Decision.DENY, decide(notIp, anonymous("s3:GetObject", "k", Map.of())));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED, decide(notIp, anonymous("s3:GetObject", "k",
                Map.of("aws:SourceIp", "192.0.2.77"))));
    }

    @Test
    void boolSecureTransportDeniesPlainHttp() {
        String policy = policy(PUBLIC_READ + "," + statement("Deny", "\"*\"", "\"s3:*\"",
                "[\"arn:aws:s3:::site\",\"arn:aws:s3:::site/*\"]", "{\"Bool\":{\"aws:SecureTransport\":\"false\"}}"));
        assertEquals(BucketPolicy.Decision.DENY, decide(policy, anonymous("s3:GetObject", "k", Map.of())));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(policy, anonymous("s3:GetObject", "k",
                Map.of("aws:SecureTransport", "true"))));
    }

    @Test
    void ifExistsAndNullOperatorsTreatAMissingKeyAsIamDoes() {
        String ifExists = policy(statement("Allow", "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"",
                "{\"StringEqualsIfExists\":{\"aws:Referer\":\"http://a.example\"}}"));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(ifExists, anonymous("s3:GetObject", "k", Map.of())));
        String isNull = policy(statement("Allow", "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"",
                "{\"Null\":{\"aws:Referer\":\"true\"}}"));
        assertEquals(BucketPolicy.Decision.ALLOW, decide(isNull, anonymous("s3:GetObject", "k", Map.of())));
        assertEquals(BucketPolicy.Decision.NOT_MENTIONED, decide(isNull, anonymous("s3:GetObject", "k",
                Map.of("aws:Referer", "x"))));
    }

    @Test
    void aPolicyConfinedToFixedSourcesIsNotPublic() {
        assertFalse(BucketPolicy.parse(policy(statement("Allow", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::site/*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}")), BUCKET).isPublic());
        assertTrue(BucketPolicy.parse(policy(statement("Allow", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::site/*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/1\"}}")), BUCKET).isPublic());
        assertFalse(BucketPolicy.parse(policy(statement("Allow", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::site/*\"", "{\"StringEquals\":{\"aws:SourceAccount\":\"111122223333\"}}")), BUCKET)
                .isPublic());
        assertTrue(BucketPolicy.parse(policy(statement("Allow", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::site/*\"", "{\"StringLike\":{\"aws:SourceAccount\":\"1111*\"}}")), BUCKET).isPublic());
        assertFalse(BucketPolicy.parse(policy(statement("Deny", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::site/*\"", null)), BUCKET).isPublic());
    }

    @Test
    void malformedPoliciesAreRefusedWithS3sMessages() {
        assertEquals("Policies must be valid JSON and the first byte must be '{'", malformed("[]"));
        assertEquals("This policy contains invalid Json", malformed("{\"Statement\": ["));
        assertEquals("Missing required field Statement", malformed("{\"Version\":\"2012-10-17\"}"));
        assertEquals("Could not parse the policy: Statement is empty!", malformed(policy("")));
        assertEquals("The policy must contain a valid version string",
                malformed("{\"Version\":\"2020-01-01\",\"Statement\":[" + PUBLIC_READ + "]}"));
        assertEquals("Missing required field Principal", malformed(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::site/*\"}")));
        assertEquals("Invalid effect: Allowed", malformed(policy(statement("Allowed", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::site/*\"", null))));
        assertEquals("Invalid principal in policy", malformed(policy(statement("Allow", "{\"AWS\":\"someone\"}",
                "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"", null))));
        assertEquals("Policy has invalid action", malformed(policy(statement("Allow", "\"*\"", "\"s3:GetThing\"",
                "\"arn:aws:s3:::site/*\"", null))));
        assertEquals("Policy has invalid resource", malformed(policy(statement("Allow", "\"*\"", "\"s3:GetObject\"",
                "\"arn:aws:s3:::other-bucket/*\"", null))));
        assertEquals("Action does not apply to any resource(s) in statement", malformed(policy(statement("Allow",
                "\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::site\"", null))));
        assertEquals("Invalid Condition type : StringSortOf", malformed(policy(statement("Allow", "\"*\"",
                "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"", "{\"StringSortOf\":{\"aws:Referer\":\"x\"}}"))));
        assertEquals("Policy has an invalid condition key", malformed(policy(statement("Allow", "\"*\"",
                "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"", "{\"StringEquals\":{\"s3:nonsense\":\"x\"}}"))));
        assertEquals("Invalid IP address in Conditions", malformed(policy(statement("Allow", "\"*\"",
                "\"s3:GetObject\"", "\"arn:aws:s3:::site/*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"999.1.1.1\"}}"))));
    }
}
