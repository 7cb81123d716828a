package labrepl.cloud.dynamodb.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB's order of checks, the same for every operation: the body's JSON types, then the
 * required members, then every declared constraint, then the operation's own validation, then
 * the table's existence.
 */
@WithLocalCloud
class CheckOrderTest {

    @ClassCloud
    static TestCloud cloud;
    @ClassCloud
    static DynamoDbClient dynamodb;

    private static RawDynamoDb.Answer send(String operation, String json) throws Exception {
        return RawDynamoDb.send(cloud.endpoint(), operation, json);
    }

    private static void assertAnswer(String type, String message, RawDynamoDb.Answer answer) {
        assertEquals(type, answer.type(), answer.body().toString());
        assertEquals(message, answer.message());
    }

    @Test
    void aMemberOfTheWrongTypeIsASerializationExceptionEvenWhenARequiredMemberIsMissing() throws Exception {
        assertAnswer("SerializationException", "Unexpected field type",
                send("CreateTable", "{\"AttributeDefinitions\":\"abc\"}"));
        assertAnswer("SerializationException", "Unexpected value type in payload",
                send("GetItem", "{\"Key\":{\"a\":\"23\"}}"));
        assertAnswer("SerializationException", "NUMBER_VALUE cannot be converted to String",
                send("Query", "{\"TableName\":\"missing\",\"ExpressionAttributeValues\":{\":v\":{\"S\":5}}}"));
    }

    @Test
    void aRequiredTableNameIsReportedAloneBeforeTheOtherConstraints() throws Exception {
        assertAnswer("ValidationException", "The parameter 'TableName' is required but was not present in the request",
                send("CreateTable", "{\"BillingMode\":\"nope\"}"));
        assertAnswer("ValidationException", "TableName must be at least 3 characters long and at most 255 characters long",
                send("DescribeTable", "{\"TableName\":\"ab\"}"));
    }

    @Test
    void everyConstraintViolationIsListedUpToTen() throws Exception {
        RawDynamoDb.Answer answer = send("Query", "{\"TableName\":\"a;\",\"IndexName\":\"b;\",\"Select\":\"hi\","
                + "\"Limit\":-1,\"ReturnConsumedCapacity\":\"x\",\"ConditionalOperator\":\"x\",\"AttributesToGet\":[],"
                + "\"KeyConditions\":{\"a\":{},\"b\":{\"ComparisonOperator\":\"\"}}}");
        assertEquals("ValidationException", answer.type());
        assertTrue(answer.message().startsWith("10 validation errors detected: "), answer.message());
        assertTrue(answer.message().contains("Value 'a;' at 'tableName' failed to satisfy constraint: Member must "
                + "satisfy regular expression pattern: [a-zA-Z0-9_.-]+"), answer.message());
        assertTrue(answer.message().contains("Value null at 'keyConditions.a.member.comparisonOperator' failed to "
                + "satisfy constraint: Member must not be null"), answer.message());
    }

    @Test
    void aNullInAListIsAConstraintViolationAndANullInASetIsRefusedWithTheItem() throws Exception {
        assertAnswer("ValidationException", "1 validation error detected: Value null at 'attributesToGet.2.member' "
                + "failed to satisfy constraint: Member must not be null",
                send("GetItem", "{\"TableName\":\"no-such-table\",\"Key\":{\"a\":{\"S\":\"x\"}},"
                        + "\"AttributesToGet\":[\"a\",null]}"));
        assertAnswer("ValidationException", "1 validation error detected: Value null at 'keySchema.1.member' "
                + "failed to satisfy constraint: Member must not be null",
                send("CreateTable", "{\"TableName\":\"abc\",\"AttributeDefinitions\":[],\"KeySchema\":[null]}"));
        for (String set : new String[] {"{\"SS\":[\"a\",null]}", "{\"NS\":[null]}", "{\"BS\":[null]}",
                                        "{\"L\":[{\"SS\":[null]}]}"}) {
            assertAnswer("ValidationException", "One or more parameter values were invalid: A set may not contain null members",
                    send("PutItem", "{\"TableName\":\"no-such-table\",\"Item\":{\"a\":" + set + "}}"));
        }
    }

    @Test
    void theOperationsOwnValidationComesBeforeTheTablesExistence() throws Exception {
        assertAnswer("ValidationException", "Invalid operator used in KeyConditionExpression: attribute_type",
                send("Query", "{\"TableName\":\"no-such-table\",\"KeyConditionExpression\":\"attribute_type(a, :a)\","
                        + "\"ExpressionAttributeValues\":{\":a\":{\"S\":\"S\"}}}"));
        assertAnswer("ValidationException", "Provided list of item keys contains duplicates",
                send("BatchGetItem", "{\"RequestItems\":{\"no-such-table\":{\"Keys\":[{\"a\":{\"S\":\"x\"}},"
                        + "{\"a\":{\"S\":\"x\"}}]}}}"));
        assertAnswer("ResourceNotFoundException", "Requested resource not found",
                send("GetItem", "{\"TableName\":\"no-such-table\",\"Key\":{\"a\":{\"S\":\"x\"}}}"));
    }

    @Test
    void attributeValuesAreCheckedTypeByTypeBeforeTheirNumber() throws Exception {
        assertAnswer("ValidationException", "The parameter cannot be converted to a numeric value",
                send("PutItem", "{\"TableName\":\"no-such-table\",\"Item\":{\"a\":{\"S\":\"\",\"N\":\"\"}}}"));
        assertAnswer("ValidationException", "Supplied AttributeValue has more than one datatypes set, must contain "
                + "exactly one of the supported datatypes",
                send("PutItem", "{\"TableName\":\"no-such-table\",\"Item\":{\"a\":{\"S\":\"\",\"N\":\"1\"}}}"));
        assertAnswer("ValidationException", "One or more parameter values were invalid: Null attribute value types "
                + "must have the value of true",
                send("PutItem", "{\"TableName\":\"no-such-table\",\"Item\":{\"a\":{\"NULL\":\"no\"}}}"));
    }

    @Test
    void aTableArnStandsForItsTable() throws Exception {
        dynamodb.createTable(b -> b.tableName("by-arn").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                .keySchema(k -> k.attributeName("pk").keyType("HASH")));
        String arn = cloud.cloud().identity().arn("dynamodb", "table/by-arn");
        assertEquals(200, send("PutItem", "{\"TableName\":\"" + arn + "\",\"Item\":{\"pk\":{\"S\":\"x\"}}}").status());
        assertEquals("by-arn", send("DescribeTable", "{\"TableName\":\"" + arn + "\"}").body()
                .getAsJsonObject("Table").get("TableName").getAsString());
    }
}
