package labrepl.cloud.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemSizeTest {

    @ParameterizedTest(name = "{0} takes {1} bytes")
    @CsvSource({
        "0, 1", "1, 2", "12, 2", "-1, 3", "123, 3", "1e125, 2", "10, 2", "1.5, 3", "0.15, 2",
        "99999999999999999999999999999999999999e88, 20"
    })
    void numbersTakeAboutOneBytePerTwoDigitsPlusOne(String number, long bytes) {
        assertEquals(bytes, ItemSize.numberSize(DynamoNumber.normalise(number)));
    }

    @Test
    void stringsAndNamesCountInUtf8Bytes() {
        assertEquals("é".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 3,
                ItemSize.of(Map.of("é", new Value.S("abc"))));
    }

    @Test
    void mapsAndListsAddThreeBytesAndOneByteAnElement() {
        Map<String, Value> item = new LinkedHashMap<>();
        item.put("m", new Value.M(Map.of("k", new Value.S("vv"))));
        item.put("l", new Value.L(List.of(new Value.Bool(true), new Value.Null())));
        item.put("e", new Value.L(List.of()));
        long map = 1 + 3 + (1 + 2 + 1);
        long list = 1 + 3 + (1 + 1) + (1 + 1);
        long empty = 1 + 3;
        assertEquals(map + list + empty, ItemSize.of(item));
    }

    @Test
    void setsCountTheirMembers() {
        assertEquals(2 + 3 + 2, ItemSize.of(Map.of("ss", new Value.SS(List.of("abc", "de")))));
        assertEquals(2 + 2 + 3, ItemSize.of(Map.of("ns", new Value.NS(List.of("1", "-1")))));
        assertEquals(2 + 4, ItemSize.of(Map.of("bs", new Value.BS(List.of(new byte[3], new byte[1])))));
    }
}
