package labrepl.check.lab1;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import labrepl.cloud.junit.TestCloud;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Lab 1 done as the lab asks, step by step on a local cloud, so a test can do every step but
 * one, or redo one step wrong, and see what {@code labrepl check} says.
 */
public final class CompletedLab1 {

    public static final String BUCKET = "customerswebsite-us-west-2-000000000000";
    static final String POLICY = """
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "PublicReadGetObject",
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": "arn:aws:s3:::%s/*"
                    }
                ]
            }
            """;

    private final TestCloud cloud;

    public CompletedLab1(TestCloud cloud) {
        this.cloud = cloud;
    }

    /** Every step of both tasks. */
    public CompletedLab1 all() throws IOException {
        return website().table().customers();
    }

    /** Task 1: the bucket, public, hosting the page. */
    public CompletedLab1 website() throws IOException {
        bucket(BUCKET);
        cloud.s3().deletePublicAccessBlock(b -> b.bucket(BUCKET));
        policy(POLICY.formatted(BUCKET));
        cloud.s3().putBucketWebsite(b -> b.bucket(BUCKET)
                .websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))));
        page("index.html", "text/html");
        return this;
    }

    CompletedLab1 bucket(String name) {
        cloud.s3().createBucket(b -> b.bucket(name).createBucketConfiguration(c -> c.locationConstraint("us-west-2")));
        return this;
    }

    CompletedLab1 policy(String policy) {
        cloud.s3().putBucketPolicy(b -> b.bucket(BUCKET).policy(policy));
        return this;
    }

    CompletedLab1 page(String key, String contentType) throws IOException {
        try (InputStream page = CompletedLab1.class.getResourceAsStream("/labrepl/lab/index.html")) {
            byte[] bytes = page.readAllBytes();
            cloud.s3().putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
        }
        return this;
    }

    /** Task 2.1: LabCustomers with the partition key ID, a String. */
    public CompletedLab1 table() {
        return table("LabCustomers", "ID", ScalarAttributeType.S);
    }

    CompletedLab1 table(String name, String key, ScalarAttributeType type) {
        cloud.dynamodb().createTable(b -> b.tableName(name)
                .attributeDefinitions(a -> a.attributeName(key).attributeType(type))
                .keySchema(k -> k.attributeName(key).keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return this;
    }

    /** Tasks 2.2 and 2.3: the two customers. */
    public CompletedLab1 customers() {
        customer(Map.of("ID", "ABC123", "firstname", "Manu", "lastname", "Kwesi"));
        return customer(Map.of("ID", "ABD124", "firstname", "Martha", "lastname", "Rivera"));
    }

    CompletedLab1 withoutCustomer(String id) {
        cloud.dynamodb().deleteItem(b -> b.tableName("LabCustomers").key(Map.of("ID", AttributeValue.fromS(id))));
        return this;
    }

    /** Puts the item, replacing one with the same ID. */
    CompletedLab1 customer(Map<String, String> attributes) {
        Map<String, AttributeValue> item = new HashMap<>();
        attributes.forEach((name, value) -> item.put(name, AttributeValue.fromS(value)));
        cloud.dynamodb().putItem(b -> b.tableName("LabCustomers").item(item));
        return this;
    }
}
