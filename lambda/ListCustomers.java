import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The lab's ListCustomers function in Java: scans LabCustomers and answers
 * {"result": [[ID, firstname, lastname], ...]}, a plain object that API Gateway's payload 2.0
 * turns into the page's JSON. Handler: ListCustomers::handleRequest, runtime java17 or java21.
 */
public class ListCustomers implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    // Made once per execution environment, outside the handler, so warm invocations reuse it.
    private static final DynamoDbClient dynamodb = DynamoDbClient.create();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamodb.scan(b -> b.tableName("LabCustomers")).items()) {
            rows.add(List.of(item.get("ID").s(), item.get("firstname").s(), item.get("lastname").s()));
        }
        return Map.of("result", rows);
    }
}
