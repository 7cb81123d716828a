package labrepl.helpers.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.AwsService;
import labrepl.target.AwsStandIn;
import labrepl.target.Target;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/**
 * On real AWS (a local cloud standing in for it), the first deletion of each kind asks, naming
 * what it deletes, and nothing is sent unless the answer is yes; elsewhere nothing asks.
 */
@WithLocalCloud
class DestructiveCallGuardTest {

    @ClassCloud
    static URI endpoint;

    /** Answers as told and remembers what it was asked. */
    private static final class Answers implements Confirmation {
        final List<DestructiveCall> asked = new ArrayList<>();
        boolean yes;

        @Override
        public boolean allows(DestructiveCall call) {
            asked.add(call);
            return yes;
        }
    }

    private static LabClients onAws(Confirmation confirmation) {
        return LabClients.forTarget(AwsStandIn.at(endpoint, TestCloud.REGION), new Redactor(), confirmation);
    }

    private static void createTable(DynamoDbClient dynamodb, String name) {
        dynamodb.createTable(b -> b.tableName(name)
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .attributeDefinitions(d -> d.attributeName("ID").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    private static boolean exists(DynamoDbClient dynamodb, String table) {
        return dynamodb.listTables().tableNames().contains(table);
    }

    @Test
    void destructiveOperationsAreKnownByTheirNames() {
        for (String operation : List.of("DeleteTable", "DeleteObjects", "DeleteFunction", "DeleteApi", "DeleteRole",
                "BatchDeleteImage", "RemovePermission", "TerminateInstances", "PurgeQueue")) {
            assertTrue(DestructiveCallGuard.isDestructive(operation), operation);
        }
        for (String operation : List.of("DescribeTable", "PutItem", "CreateBucket", "Deleter", "Delete", "ListTables")) {
            assertFalse(DestructiveCallGuard.isDestructive(operation), operation);
        }
    }

    @Test
    void theFirstDeleteTableAsksNamingTheTableAndLaterOnesDoNot(DynamoDbClient local) {
        createTable(local, "GuardOne");
        createTable(local, "GuardTwo");
        Answers answers = new Answers();
        answers.yes = true;
        try (LabClients clients = onAws(answers)) {
            clients.dynamodb().deleteTable(b -> b.tableName("GuardOne"));
            clients.dynamodb().deleteTable(b -> b.tableName("GuardTwo"));
        }
        assertEquals(1, answers.asked.size());
        assertEquals("DynamoDB DeleteTable on real AWS (us-west-2): TableName GuardOne", answers.asked.get(0).describe());
        assertFalse(exists(local, "GuardOne"));
        assertFalse(exists(local, "GuardTwo"));
    }

    @Test
    void noSendsNothingAndTheNextCallOfTheKindAsksAgain(DynamoDbClient local) {
        createTable(local, "GuardKept");
        Answers answers = new Answers();
        try (LabClients clients = onAws(answers)) {
            DestructiveCallRefused refused = assertThrows(DestructiveCallRefused.class,
                    () -> clients.dynamodb().deleteTable(b -> b.tableName("GuardKept")));
            assertEquals("DynamoDB DeleteTable on real AWS (us-west-2): TableName GuardKept was not sent: you answered"
                    + " no.", refused.getMessage());
            assertTrue(exists(local, "GuardKept"));
            answers.yes = true;
            clients.dynamodb().deleteTable(b -> b.tableName("GuardKept"));
        }
        assertEquals(2, answers.asked.size());
        assertFalse(exists(local, "GuardKept"));
    }

    @Test
    void withNobodyToAskTheCallFailsSayingHowToAllowIt(DynamoDbClient local) {
        createTable(local, "GuardUnattended");
        try (LabClients clients = onAws(Confirmation.NO_TERMINAL)) {
            DestructiveCallRefused refused = assertThrows(DestructiveCallRefused.class,
                    () -> clients.dynamodb().deleteTable(b -> b.tableName("GuardUnattended")));
            assertTrue(refused.getMessage().startsWith("DynamoDB DeleteTable on real AWS (us-west-2): TableName"
                    + " GuardUnattended was not sent: nobody is here to confirm it"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("Give --yes to allow deletions without asking."));
        }
        assertTrue(exists(local, "GuardUnattended"));
        try (LabClients clients = onAws(Confirmation.YES)) {
            clients.dynamodb().deleteTable(b -> b.tableName("GuardUnattended"));
        }
        assertFalse(exists(local, "GuardUnattended"));
    }

    @Test
    void eachKindAsksOnceAndNamesWhatItDeletes(DynamoDbClient local, S3Client s3) {
        createTable(local, "GuardItems");
        local.putItem(b -> b.tableName("GuardItems").item(Map.of("ID", AttributeValue.fromS("ABC123"))));
        s3.createBucket(b -> b.bucket("guard-site"));
        for (String key : List.of("index.html", "error.html", "logo.png")) {
            s3.putObject(b -> b.bucket("guard-site").key(key), RequestBody.fromString(key));
        }
        Answers answers = new Answers();
        answers.yes = true;
        try (LabClients clients = onAws(answers)) {
            clients.dynamodb().deleteItem(b -> b.tableName("GuardItems")
                    .key(Map.of("ID", AttributeValue.fromS("ABC123"))));
            clients.s3().deleteObject(b -> b.bucket("guard-site").key("logo.png"));
            clients.s3().deleteObjects(b -> b.bucket("guard-site").delete(d -> d.objects(
                    ObjectIdentifier.builder().key("index.html").build(),
                    ObjectIdentifier.builder().key("error.html").build())));
            clients.s3().deleteBucket(b -> b.bucket("guard-site"));
        }
        assertEquals(List.of(
                "DynamoDB DeleteItem on real AWS (us-west-2): TableName GuardItems, Key {\"ID\": {\"S\": \"ABC123\"}}",
                "S3 DeleteObject on real AWS (us-west-2): Bucket guard-site, Key logo.png",
                "S3 DeleteObjects on real AWS (us-west-2): Bucket guard-site, Key index.html, error.html",
                "S3 DeleteBucket on real AWS (us-west-2): Bucket guard-site"),
                answers.asked.stream().map(DestructiveCall::describe).toList());
    }

    @Test
    void nothingAsksOffAws(DynamoDbClient local) {
        createTable(local, "GuardLocal");
        createTable(local, "GuardElsewhere");
        Confirmation never = call -> fail("asked about " + call.describe());
        try (LabClients clients = LabClients.forTarget(Target.localCloud(endpoint, TestCloud.REGION), new Redactor(),
                never)) {
            clients.dynamodb().deleteTable(b -> b.tableName("GuardLocal"));
        }
        Target dynamoDbElsewhere = AwsStandIn.at(URI.create("http://127.0.0.1:1"), TestCloud.REGION)
                .withServiceEndpoints(Map.of(AwsService.DYNAMODB, endpoint));
        try (LabClients clients = LabClients.forTarget(dynamoDbElsewhere, new Redactor(), never)) {
            clients.dynamodb().deleteTable(b -> b.tableName("GuardElsewhere"));
        }
        assertFalse(exists(local, "GuardElsewhere"));
    }
}
