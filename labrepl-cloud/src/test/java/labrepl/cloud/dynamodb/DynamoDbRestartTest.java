package labrepl.cloud.dynamodb;

import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** What a table holds beyond its items (indexes, TTL, tags, sizes) survives a restart with a data folder. */
class DynamoDbRestartTest {

    @Test
    void indexesTimeToLiveTagsAndTransactionWritesSurviveARestart(@TempDir Path data) {
        String arn;
        try (TestCloud cloud = TestCloud.persistent(data)) {
            var dynamodb = cloud.dynamodb();
            arn = dynamodb.createTable(b -> b.tableName("Kept").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("g").attributeType(ScalarAttributeType.N))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .globalSecondaryIndexes(g -> g.indexName("by-g").projection(p -> p.projectionType(ProjectionType.ALL))
                            .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH)))
                    .tags(t -> t.key("course").value("lab1"))).tableDescription().tableArn();
            dynamodb.updateTimeToLive(b -> b.tableName("Kept").timeToLiveSpecification(t -> t.attributeName("ttl").enabled(true)));
            dynamodb.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName("Kept").item(item("pk", s("a"), "g", n("1")))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName("Kept").item(item("pk", s("b"), "g", n("1")))).build()));
        }
        try (TestCloud cloud = TestCloud.persistent(data)) {
            var dynamodb = cloud.dynamodb();
            assertEquals(2, dynamodb.query(b -> b.tableName("Kept").indexName("by-g").keyConditionExpression("g = :one")
                    .expressionAttributeValues(Map.of(":one", n("1")))).count());
            TableDescription table = dynamodb.describeTable(b -> b.tableName("Kept")).table();
            assertEquals(2L, table.itemCount());
            assertEquals(2 * ("pk".length() + 1 + "g".length() + 2), table.tableSizeBytes());
            assertEquals(table.tableSizeBytes(), table.globalSecondaryIndexes().get(0).indexSizeBytes());
            assertEquals("ttl", dynamodb.describeTimeToLive(b -> b.tableName("Kept")).timeToLiveDescription().attributeName());
            assertEquals("lab1", dynamodb.listTagsOfResource(b -> b.resourceArn(arn)).tags().get(0).value());
        }
    }
}
