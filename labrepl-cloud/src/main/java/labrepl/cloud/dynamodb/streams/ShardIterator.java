package labrepl.cloud.dynamodb.streams;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Where a reader is in a stream's shard: the stream, the next position to read and when the
 * iterator was handed out (it expires 15 minutes later). Written as DynamoDB writes its
 * iterators, the stream's ARN then {@code |1|} and an opaque tail.
 */
record ShardIterator(String streamArn, long position, long issuedMillis) {

    private static final String SEPARATOR = "|1|";
    private static final int TAIL_BYTES = 2 * Long.BYTES;

    @Override
    public String toString() {
        byte[] tail = ByteBuffer.allocate(TAIL_BYTES).putLong(position).putLong(issuedMillis).array();
        return streamArn + SEPARATOR + Base64.getEncoder().encodeToString(tail);
    }

    /** The iterator written in {@code text}, or null when it is not one this cloud handed out. */
    static ShardIterator parse(String text) {
        int separator = text.lastIndexOf(SEPARATOR);
        if (separator < 0) {
            return null;
        }
        byte[] tail;
        try {
            tail = Base64.getDecoder().decode(text.substring(separator + SEPARATOR.length()));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        if (tail.length != TAIL_BYTES) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(tail);
        return new ShardIterator(text.substring(0, separator), buffer.getLong(), buffer.getLong());
    }
}
