package labrepl.cloud.dynamodb;

import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For test classes whose tests share one in-memory cloud (each makes its own tables): the
 * cloud starts before the class's first test and stops after its last.
 */
public abstract class SharedCloudTest {

    protected static TestCloud cloud;
    protected static DynamoDbClient dynamodb;

    @BeforeAll
    static void startCloud() {
        cloud = TestCloud.inMemory();
        dynamodb = cloud.dynamodb();
    }

    @AfterAll
    static void stopCloud() {
        cloud.close();
    }
}
