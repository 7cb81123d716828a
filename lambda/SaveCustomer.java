import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The lab's SaveCustomer function in Java: reads id, firstname and lastname from the event's
 * queryStringParameters (the page sends them in the URL, not in a body), puts the customer into
 * LabCustomers and answers {"result": "Saved"}. Handler: SaveCustomer::handleRequest.
 */
public class SaveCustomer implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final DynamoDbClient dynamodb = DynamoDbClient.create();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        System.out.println(event);
        @SuppressWarnings("unchecked")
        Map<String, String> params = (Map<String, String>) event.get("queryStringParameters");
        dynamodb.putItem(b -> b.tableName("LabCustomers").item(Map.of(
                "ID", AttributeValue.fromS(params.get("id")),
                "firstname", AttributeValue.fromS(params.get("firstname")),
                "lastname", AttributeValue.fromS(params.get("lastname")))));
        return Map.of("result", "Saved");
    }
}
