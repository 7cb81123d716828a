package labrepl.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import labrepl.cloud.http.PortInUseException;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class LocalCloudTest {

    @TempDir
    Path temp;

    @Test
    void portZeroPicksAFreePortOnLoopback() {
        try (LocalCloud one = LocalCloud.builder().port(0).inMemory().start();
                LocalCloud two = LocalCloud.builder().port(0).inMemory().start()) {
            assertEquals("127.0.0.1", one.endpoint().getHost());
            assertNotEquals(one.port(), two.port());
        }
    }

    @Test
    void tablesSurviveARestartOnTheSameDataFolder() {
        Path data = temp.resolve("data");
        try (TestCloud cloud = TestCloud.persistent(data)) {
            cloud.dynamodb().createTable(b -> b.tableName("LabCustomers")
                    .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        }
        try (TestCloud cloud = TestCloud.persistent(data)) {
            assertEquals(java.util.List.of("LabCustomers"), cloud.dynamodb().listTables().tableNames());
        }
    }

    @Test
    void aTakenPortLeavesTheDataFolderFreeForTheNextTry() {
        Path data = temp.resolve("data");
        try (LocalCloud running = LocalCloud.builder().port(0).inMemory().start()) {
            LocalCloud.Builder clash = LocalCloud.builder().port(running.port()).dataFolder(data);
            assertThrows(PortInUseException.class, clash::start);
            LocalCloud.builder().port(0).dataFolder(data).start().close();
        }
    }

    @Test
    void theRegionComesFromTheBuilder() {
        try (LocalCloud cloud = LocalCloud.builder().port(0).inMemory().region("eu-central-1").start()) {
            assertEquals("eu-central-1", cloud.identity().region());
            assertEquals("000000000000", cloud.identity().accountId());
        }
    }
}
