package labrepl.cloud.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DynamoNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1e100, 1" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
                + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000",
        "-0015.789e6, -15789000", "00, 0", "0e5, 0", "+1.5, 1.5", "001.23, 1.23", "1e-20, 0.00000000000000000001",
        "1.23e4, 12300", "0000012345678901234567890123456789012345678, 12345678901234567890123456789012345678",
        "0.0e126, 0"
    })
    void normalisesToPlainDecimal(String given, String expected) {
        assertEquals(expected, DynamoNumber.normalise(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", " 1", "1 ", "NaN", "Infinity", "1e", "--1", "1.2.3", "٣"})
    void refusesWhatIsNotADecimalNumber(String given) {
        DynamoDbError error = assertThrows(DynamoDbError.class, () -> DynamoNumber.normalise(given));
        assertEquals("The parameter cannot be converted to a numeric value: " + given, error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "'', The parameter cannot be converted to a numeric value",
        "1e126, Number overflow. Attempting to store a number with magnitude larger than supported range",
        "0e126, Number overflow. Attempting to store a number with magnitude larger than supported range",
        "1e-131, Number underflow. Attempting to store a number with magnitude smaller than supported range",
        "0e-131, Number underflow. Attempting to store a number with magnitude smaller than supported range",
        "1234567890123456789012345678901234567891, Attempting to store more than 38 significant digits in a Number"
    })
    void refusesNumbersOutsideDynamoDbsLimits(String given, String message) {
        assertEquals(message, assertThrows(DynamoDbError.class, () -> DynamoNumber.normalise(given)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-130", "9.9999999999999999999999999999999999999E+125", "-1e-130"})
    void acceptsTheLimitsThemselves(String given) {
        assertEquals(0, new java.math.BigDecimal(given).compareTo(new java.math.BigDecimal(DynamoNumber.normalise(given))));
    }
}
