package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class TimeToLiveAndTagsTest {

    private static TestCloud cloud;
    private static DynamoDbClient dynamodb;

    @BeforeAll
    static void start() {
        System.setProperty("labrepl.dynamodb.ttl-sweep-millis", "100");
        try {
            cloud = TestCloud.inMemory();
        } finally {
            System.clearProperty("labrepl.dynamodb.ttl-sweep-millis");
        }
        dynamodb = cloud.dynamodb();
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @Test
    void expiredItemsAreRemovedInTheBackground() throws InterruptedException {
        String table = createTable(dynamodb, ScalarAttributeType.S, null);
        dynamodb.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
        long now = Instant.now().getEpochSecond();
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("old"), "expires", n(Long.toString(now - 60)))));
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("young"), "expires", n(Long.toString(now + 3600)))));
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("text"), "expires", s("not a number"))));

        for (int tries = 0; tries < 200 && dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("old")))).hasItem(); tries++) {
            Thread.sleep(50);
        }
        assertFalse(dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("old")))).hasItem());
        assertTrue(dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("young")))).hasItem());
        assertTrue(dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("text")))).hasItem());
    }

    @Test
    void timeToLiveIsDescribedAndCannotBeEnabledTwice() {
        String table = createTable(dynamodb, ScalarAttributeType.S, null);
        assertEquals(TimeToLiveStatus.DISABLED,
                dynamodb.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription().timeToLiveStatus());
        assertError(DynamoDbException.class, "TimeToLive is already disabled", () -> dynamodb.updateTimeToLive(b -> b
                .tableName(table).timeToLiveSpecification(t -> t.attributeName("expires").enabled(false))));
        dynamodb.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
        var description = dynamodb.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, description.timeToLiveStatus());
        assertEquals("expires", description.attributeName());
        assertError(DynamoDbException.class, "TimeToLive is already enabled", () -> dynamodb.updateTimeToLive(b -> b
                .tableName(table).timeToLiveSpecification(t -> t.attributeName("expires").enabled(true))));
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String table = createTable(dynamodb, ScalarAttributeType.S, null);
        String arn = dynamodb.describeTable(b -> b.tableName(table)).table().tableArn();
        dynamodb.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("course").value("lab1").build(),
                Tag.builder().key("owner").value("me").build()));
        dynamodb.untagResource(b -> b.resourceArn(arn).tagKeys("owner"));

        var tags = dynamodb.listTagsOfResource(b -> b.resourceArn(arn)).tags();
        assertEquals(Map.of("course", "lab1"), Map.of(tags.get(0).key(), tags.get(0).value()));
        assertEquals(1, tags.size());
        assertError(ResourceNotFoundException.class, "Requested resource not found: ResourcArn: " + arn + "x not found",
                () -> dynamodb.listTagsOfResource(b -> b.resourceArn(arn + "x")));
    }
}
