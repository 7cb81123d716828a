package labrepl.cloud.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import labrepl.cloud.dynamodb.item.DynamoNumber;
import labrepl.cloud.dynamodb.item.Value;
import org.junit.jupiter.api.Test;

/** Property-style: random keys, sorted by their encoding, come out in DynamoDB's order. */
class KeyEncoderTest {

    private static final int SAMPLES = 3000;
    private static final int[] BYTE_ALPHABET = {0, 1, 0x7F, 0x80, 0xFF, 'a'};
    private final Random random = new Random(20240601);

    private static byte[] encode(Value value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KeyEncoder.encode(value, out);
        return out.toByteArray();
    }

    private <T extends Value> void assertEncodingSortsLike(Supplier<T> generator, Comparator<T> dynamoDbOrder) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            values.add(generator.get());
        }
        for (int i = 0; i < SAMPLES; i++) {
            T a = values.get(i);
            T b = values.get(random.nextInt(SAMPLES));
            int expected = Integer.signum(dynamoDbOrder.compare(a, b));
            int actual = Integer.signum(Arrays.compareUnsigned(encode(a), encode(b)));
            assertEquals(expected, actual, () -> a + " vs " + b);
        }
        List<T> byEncoding = new ArrayList<>(values);
        byEncoding.sort((a, b) -> Arrays.compareUnsigned(encode(a), encode(b)));
        List<T> byDynamoDb = new ArrayList<>(values);
        byDynamoDb.sort(dynamoDbOrder);
        for (int i = 0; i < SAMPLES; i++) {
            assertEquals(0, dynamoDbOrder.compare(byDynamoDb.get(i), byEncoding.get(i)));
        }
    }

    private Value.N randomNumber() {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
        int digits = 1 + random.nextInt(random.nextInt(10) == 0 ? 38 : 4);
        for (int i = 0; i < digits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        text.append('e').append(random.nextInt(random.nextBoolean() ? 6 : 200) - (random.nextBoolean() ? 3 : 90));
        try {
            return new Value.N(DynamoNumber.normalise(text.toString()));
        } catch (RuntimeException outOfRange) {
            return new Value.N("0");
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(6)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) BYTE_ALPHABET[random.nextInt(BYTE_ALPHABET.length)];
        }
        return bytes;
    }

    private Value.S randomString() {
        int[] alphabet = {0, 'a', 'b', 'z', 0x7F, 0xE9, 0x4E2D, 0x1F600};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return new Value.S(text.toString());
    }

    @Test
    void numbersSortNumerically() {
        assertEncodingSortsLike(this::randomNumber, Comparator.comparing(Value.N::decimal));
    }

    @Test
    void stringsSortByTheirUtf8Bytes() {
        assertEncodingSortsLike(this::randomString, (a, b) -> Arrays.compareUnsigned(
                a.value().getBytes(StandardCharsets.UTF_8), b.value().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binariesSortAsUnsignedBytes() {
        assertEncodingSortsLike(() -> new Value.B(randomBytes()), (a, b) -> Arrays.compareUnsigned(a.value(), b.value()));
    }

    @Test
    void compositeKeysSortByPartitionThenSort() {
        KeySchema schema = new KeySchema(List.of(new KeyAttribute("p", KeyType.B)), List.of(new KeyAttribute("s",
                KeyType.N)), false);
        List<Map<String, Value>> keys = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            keys.add(Map.of("p", new Value.B(randomBytes()), "s", randomNumber()));
        }
        Comparator<Map<String, Value>> dynamoDbOrder = Comparator
                .<Map<String, Value>, byte[]>comparing(k -> ((Value.B) k.get("p")).value(), Arrays::compareUnsigned)
                .thenComparing(k -> ((Value.N) k.get("s")).decimal(), BigDecimal::compareTo);
        for (int i = 1; i < SAMPLES; i++) {
            Map<String, Value> a = keys.get(i - 1);
            Map<String, Value> b = keys.get(i);
            assertEquals(Integer.signum(dynamoDbOrder.compare(a, b)),
                    Integer.signum(Arrays.compareUnsigned(schema.encode(a), schema.encode(b))), () -> a + " vs " + b);
        }
    }
}
