package labrepl.check.lab1;

import static labrepl.check.Grades.assertGrades;
import static labrepl.check.lab1.CompletedLab1.BUCKET;
import static labrepl.check.lab1.CompletedLab1.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import labrepl.check.CheckResult.Status;
import labrepl.check.CheckResult;
import labrepl.check.Grader;
import labrepl.check.Grades;
import labrepl.cloud.junit.TestCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Lab 1's checks on a local cloud: all pass on the completed lab, and each hint appears when
 * the one step it is about was left out or done wrong, the other checks passing (or blocked
 * behind it).
 */
class Lab1ChecksTest {

    private TestCloud cloud;
    private CompletedLab1 lab;

    @BeforeEach
    void startCloud() {
        cloud = TestCloud.inMemory();
        lab = new CompletedLab1(cloud);
    }

    @AfterEach
    void stopCloud() {
        cloud.close();
    }

    private Map<String, CheckResult> grade() {
        return grade(Target.localCloud(cloud.endpoint(), TestCloud.REGION));
    }

    private static Map<String, CheckResult> grade(Target target) {
        return Grades.of(target, Lab1Checks.LAB);
    }

    private void policyStatement(String statement) {
        lab.policy("{\"Version\": \"2012-10-17\", \"Statement\": [" + statement.replace("BUCKET", BUCKET) + "]}");
    }

    @Test
    void everyCheckPassesOnTheCompletedLab() throws Exception {
        lab.all();

        Map<String, CheckResult> grades = grade();

        assertEquals(List.of("bucket", "public-access", "policy", "website", "page", "website-answers", "table",
                "customer-ABC123", "customer-ABD124"), List.copyOf(grades.keySet()));
        assertGrades(grades);
    }

    @Test
    void aMissingBucketIsNamedAndWhatNeedsItIsBlocked() {
        lab.table().customers();

        assertGrades(grade(),
                "bucket", Status.FAILED, "there is no bucket " + BUCKET + "; create it in us-west-2",
                "public-access", Status.BLOCKED, "needs 1.1 the bucket customerswebsite-REGION-ACCOUNT_ID",
                "policy", Status.BLOCKED, "needs 1.1",
                "website", Status.BLOCKED, "needs 1.1",
                "page", Status.BLOCKED, "needs 1.1",
                "website-answers", Status.BLOCKED, "needs 1.1");
    }

    @Test
    void aBucketNamedAfterTheExampleAccountIsPointedOut() {
        lab.bucket("customerswebsite-us-west-2-111111111111").table().customers();

        assertEquals("there is no bucket " + BUCKET + " but there is customerswebsite-us-west-2-111111111111: the"
                + " lab's name ends in this region and this account's id (000000000000)",
                grade().get("bucket").message());
    }

    @Test
    void aBucketInAnotherRegionThanTheLabsIsPointedOut() {
        lab.bucket("customerswebsite-eu-west-1-000000000000");

        CheckResult bucket = grade(Target.localCloud(cloud.endpoint(), "eu-west-1")).get("bucket");

        assertEquals(Status.FAILED, bucket.status());
        assertEquals("the bucket is in us-west-2, not in the lab's region eu-west-1; delete it and create it again in"
                + " eu-west-1", bucket.message());
    }

    @Test
    void blockPublicAccessLeftOnIsTheHintAndTheVisitorIsRefused() throws Exception {
        lab.all();
        cloud.s3().putPublicAccessBlock(b -> b.bucket(BUCKET).publicAccessBlockConfiguration(c -> c
                .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));

        assertGrades(grade(),
                "public-access", Status.FAILED, "Block Public Access is still on for the bucket, so S3 refuses a"
                        + " public bucket policy and ignores one; clear \"Block all public access\"",
                "website-answers", Status.FAILED, "gets HTTP 403 AccessDenied: the bucket policy and Block Public"
                        + " Access still keep visitors out");
    }

    @Test
    void restrictPublicBucketsAloneIsNamedForWhatItDoes() throws Exception {
        lab.all();
        cloud.s3().putPublicAccessBlock(b -> b.bucket(BUCKET).publicAccessBlockConfiguration(c -> c
                .restrictPublicBuckets(true)));

        assertGrades(grade(),
                "public-access", Status.FAILED, "S3 ignores the public bucket policy for visitors"
                        + " (RestrictPublicBuckets)",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void blockPublicPolicyAloneIsNamedForWhatItDoes() throws Exception {
        lab.all();
        cloud.s3().putPublicAccessBlock(b -> b.bucket(BUCKET).publicAccessBlockConfiguration(c -> c
                .blockPublicPolicy(true)));

        assertGrades(grade(), "public-access", Status.FAILED, "S3 refuses a public bucket policy (BlockPublicPolicy)");
    }

    @Test
    void aMissingPolicyIsTheHint() throws Exception {
        lab.all();
        cloud.s3().deleteBucketPolicy(b -> b.bucket(BUCKET));

        assertGrades(grade(),
                "policy", Status.FAILED, "the bucket has no policy, so its objects are private; add Task 1.2's"
                        + " policy, which allows s3:GetObject to everyone on arn:aws:s3:::" + BUCKET + "/*",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void aPolicyOnTheBucketArnInsteadOfItsObjectsIsTheHint() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],"
                + " \"Resource\": [\"arn:aws:s3:::BUCKET\", \"arn:aws:s3:::BUCKET/images/*\"]}");

        assertGrades(grade(),
                "policy", Status.FAILED, "the bucket policy allows s3:GetObject on the bucket ARN itself; it needs"
                        + " arn:aws:s3:::" + BUCKET + "/*",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void aPolicyOnSomeObjectsOnlyIsTheHint() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::BUCKET/images/*\"}");

        assertGrades(grade(),
                "policy", Status.FAILED, "allows s3:GetObject on arn:aws:s3:::" + BUCKET + "/images/* only; it needs"
                        + " arn:aws:s3:::" + BUCKET + "/* to cover every object, index.html included",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void aPolicyForTheAccountInsteadOfEveryoneIsTheHint() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::000000000000:root\"},"
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::BUCKET/*\"}");

        assertGrades(grade(),
                "policy", Status.FAILED, "the bucket policy allows {\"AWS\":\"arn:aws:iam::000000000000:root\"} only,"
                        + " but a website visitor is anonymous: the Principal must be \"*\"",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void aPolicyAllowingAnotherActionIsTheHint() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObjectVersion\","
                + " \"Resource\": \"arn:aws:s3:::BUCKET/*\"}");

        assertGrades(grade(),
                "policy", Status.FAILED, "the bucket policy allows s3:GetObjectVersion to everyone, but a visitor's"
                        + " GET needs s3:GetObject",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void aDenyForVisitorsIsTheHint() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::BUCKET/*\"}, {\"Effect\": \"Deny\", \"Principal\": \"*\","
                + " \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::BUCKET/*\"}");

        assertGrades(grade(),
                "policy", Status.FAILED, "a Deny statement in the bucket policy refuses s3:GetObject to visitors",
                "page", Status.ERROR, "could not be checked: the target answered HTTP 403",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied: the bucket policy and Block Public Access");
    }

    @Test
    void aPolicyWithNoAllowIsTheHint() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:PutObject\","
                + " \"Resource\": \"arn:aws:s3:::BUCKET/*\"}");

        assertGrades(grade(),
                "policy", Status.FAILED, "the bucket policy has no Allow statement; Task 1.2's allows s3:GetObject to"
                        + " everyone",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void aConditionOnTheAllowIsTheHint() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::BUCKET/*\","
                + " \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": \"10.0.0.0/8\"}}}");

        assertGrades(grade(),
                "policy", Status.FAILED, "the statement that allows s3:GetObject has a Condition, which a visitor's"
                        + " request may not meet",
                "website-answers", Status.FAILED, "HTTP 403 AccessDenied");
    }

    @Test
    void websiteHostingLeftOffIsTheHint() throws Exception {
        lab.all();
        cloud.s3().deleteBucketWebsite(b -> b.bucket(BUCKET));

        assertGrades(grade(),
                "website", Status.FAILED, "static website hosting is off for the bucket; enable it with the index"
                        + " document index.html",
                "website-answers", Status.FAILED, "gets HTTP 404 NoSuchWebsiteConfiguration: website hosting is off");
    }

    @Test
    void anotherIndexDocumentIsTheHint() throws Exception {
        lab.all();
        cloud.s3().putBucketWebsite(b -> b.bucket(BUCKET)
                .websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.htm"))));

        assertGrades(grade(),
                "website", Status.FAILED, "the website's index document is \"index.htm\", but the page is index.html;"
                        + " set the index document to index.html",
                "website-answers", Status.FAILED, "gets HTTP 403 AccessDenied: the index document index.htm is not in"
                        + " the bucket (S3 tells a visitor who may not list the bucket AccessDenied rather than"
                        + " NoSuchKey)");
    }

    @Test
    void aWebsiteThatRedirectsEverythingIsTheHint() throws Exception {
        lab.all();
        cloud.s3().putBucketWebsite(b -> b.bucket(BUCKET)
                .websiteConfiguration(w -> w.redirectAllRequestsTo(r -> r.hostName("example.com"))));

        Map<String, CheckResult> grades = grade();

        assertEquals("the website redirects every request to example.com; choose \"Host a static website\" with the"
                + " index document index.html instead", grades.get("website").message());
    }

    @Test
    void aMissingPageIsTheHint() throws Exception {
        lab.all();
        cloud.s3().deleteObject(b -> b.bucket(BUCKET).key("index.html"));

        assertGrades(grade(),
                "page", Status.FAILED, "there is no object index.html in the bucket; upload the lab's page (aws s3 cp"
                        + " index.html s3://" + BUCKET + ")",
                "website-answers", Status.FAILED, "gets HTTP 403 AccessDenied: the index document index.html is not"
                        + " in the bucket");
    }

    @Test
    void aMissingPageIsNoSuchKeyToVisitorsWhoMayListTheBucket() throws Exception {
        lab.all();
        policyStatement("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],"
                + " \"Resource\": [\"arn:aws:s3:::BUCKET\", \"arn:aws:s3:::BUCKET/*\"]}");
        cloud.s3().deleteObject(b -> b.bucket(BUCKET).key("index.html"));

        assertGrades(grade(),
                "page", Status.FAILED, "there is no object index.html in the bucket",
                "website-answers", Status.FAILED, "gets HTTP 404 NoSuchKey: the index document is not in the bucket");
    }

    @Test
    void aPageUploadedUnderAnotherNameIsPointedOut() throws Exception {
        lab.all();
        cloud.s3().deleteObject(b -> b.bucket(BUCKET).key("index.html"));
        lab.page("Index.html", "text/html");

        assertGrades(grade(),
                "page", Status.FAILED, "the bucket has Index.html but no object named exactly index.html at its top",
                "website-answers", Status.FAILED, "the index document index.html is not in the bucket");
    }

    @Test
    void aPageStoredWithoutItsContentTypeIsTheHint() throws Exception {
        lab.all();
        lab.page("index.html", "binary/octet-stream");

        assertGrades(grade(),
                "page", Status.FAILED, "index.html is stored with Content-Type binary/octet-stream, so browsers"
                        + " download it instead of showing it; upload it again as text/html",
                "website-answers", Status.FAILED, "answers with Content-Type binary/octet-stream, so a browser"
                        + " downloads the page instead of showing it");
    }

    @Test
    void onAnEndpointWithoutKnownWebsitesTheVisitCheckIsSkippedNotFailed() throws Exception {
        lab.all();

        Map<String, CheckResult> grades = grade(Target.endpoint(cloud.endpoint(), TestCloud.REGION, null));

        assertGrades(grades, "website-answers", Status.SKIPPED, "(moto serves none); open the website there yourself");
        assertTrue(Grader.allPassed(List.copyOf(grades.values())), "a skip is not held against the learner");
    }

    @Test
    void aMissingTableIsNamedAndTheCustomersAreBlocked() throws Exception {
        lab.website();

        assertGrades(grade(),
                "table", Status.FAILED, "there is no table LabCustomers in us-west-2; create it with the partition"
                        + " key ID of type String",
                "customer-ABC123", Status.BLOCKED, "needs 2.1 the table LabCustomers",
                "customer-ABD124", Status.BLOCKED, "needs 2.1");
    }

    @Test
    void aTableNamedInAnotherCaseIsPointedOut() throws Exception {
        lab.website().table("labcustomers", "ID", ScalarAttributeType.S);

        assertEquals("there is no table LabCustomers but there is labcustomers: table names are case sensitive, and"
                + " the functions of the next labs read LabCustomers", grade().get("table").message());
    }

    @Test
    void aPartitionKeyInAnotherCaseIsTheHint() throws Exception {
        lab.website().table("LabCustomers", "id", ScalarAttributeType.S);

        assertEquals("the table's partition key is id, not ID (key names are case sensitive); a key cannot be changed,"
                + " so delete the table and create it again with ID", grade().get("table").message());
    }

    @Test
    void aNumberKeyIsTheHint() throws Exception {
        lab.website().table("LabCustomers", "ID", ScalarAttributeType.N);

        assertEquals("the partition key ID is of type N, but customer ids such as ABC123 are Strings (S); delete the"
                + " table and create it again with ID as a String", grade().get("table").message());
    }

    @Test
    void aSortKeyIsTheHint() throws Exception {
        lab.website();
        cloud.dynamodb().createTable(b -> b.tableName("LabCustomers")
                .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("lastname").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH),
                        k -> k.attributeName("lastname").keyType(KeyType.RANGE))
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));

        assertEquals("the table also has the sort key lastname, so a customer cannot be read by ID alone; create it"
                + " again with the partition key ID only", grade().get("table").message());
    }

    @Test
    void aMissingCustomerIsTheHint() throws Exception {
        lab.all().withoutCustomer("ABD124");

        assertGrades(grade(), "customer-ABD124", Status.FAILED,
                "there is no customer with ID ABD124; add Martha Rivera with that ID");
    }

    @Test
    void aCustomerUnderAnIdInAnotherCaseIsPointedOut() throws Exception {
        lab.all().withoutCustomer("ABC123").customer(Map.of("ID", "abc123", "firstname", "Manu", "lastname", "Kwesi"));

        assertGrades(grade(), "customer-ABC123", Status.FAILED, "there is no customer with ID ABC123, but Manu Kwesi is"
                + " there with ID \"abc123\"; IDs are case sensitive, so add Manu Kwesi with ID ABC123");
    }

    @Test
    void aNameKeptUnderAnotherAttributeNameIsTheHint() throws Exception {
        lab.all().customer(Map.of("ID", "ABC123", "FirstName", "Manu", "lastname", "Kwesi"));

        assertGrades(grade(), "customer-ABC123", Status.FAILED, "customer ABC123 keeps \"Manu\" under FirstName, but the"
                + " page and the functions read firstname (attribute names are case sensitive)");
    }

    @Test
    void aMissingAttributeIsTheHint() throws Exception {
        lab.all().customer(Map.of("ID", "ABC123", "firstname", "Manu"));

        assertGrades(grade(), "customer-ABC123", Status.FAILED,
                "customer ABC123 has no attribute lastname; it should be the String \"Kwesi\"");
    }

    @Test
    void aMistypedNameIsTheHint() throws Exception {
        lab.all().customer(Map.of("ID", "ABD124", "firstname", "Marta", "lastname", "Rivera"));

        assertGrades(grade(), "customer-ABD124", Status.FAILED,
                "customer ABD124's firstname is \"Marta\"; the lab's is \"Martha\"");
    }

    @Test
    void aNameThatIsNotAStringIsTheHint() throws Exception {
        lab.website().table().customers();
        cloud.dynamodb().putItem(b -> b.tableName("LabCustomers").item(Map.of("ID", AttributeValue.fromS("ABC123"),
                "firstname", AttributeValue.fromSs(List.of("Manu")), "lastname", AttributeValue.fromS("Kwesi"))));

        assertGrades(grade(), "customer-ABC123", Status.FAILED,
                "customer ABC123's firstname is not a String (S); it should be the String \"Manu\"");
    }

    @Test
    void aTargetThatCannotBeReachedIsAnErrorNotAFailure() {
        Map<String, CheckResult> grades = grade(Target.endpoint(URI.create("http://127.0.0.1:1"), "us-west-2", null));

        assertEquals(Status.ERROR, grades.get("bucket").status());
        assertTrue(grades.get("bucket").message().startsWith("could not be checked: the target could not be reached"),
                grades.get("bucket").message());
        assertEquals(Status.BLOCKED, grades.get("policy").status());
        assertEquals(Status.ERROR, grades.get("table").status());
    }
}
