package labrepl.cloud;

import java.util.concurrent.ThreadLocalRandom;

/** Request ids in the shapes the real services use, so logs and SDK metadata look familiar. */
public final class RequestIds {

    private static final char[] UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private RequestIds() {
    }

    /** DynamoDB's: 52 upper-case letters and digits. */
    public static String dynamoDb() {
        return random(UPPER_ALPHANUMERIC, 52);
    }

    /** S3's {@code x-amz-request-id}: 16 upper-case hex digits. */
    public static String s3() {
        return random(UPPER_HEX, 16);
    }

    /** S3's {@code x-amz-id-2}: an opaque base64 host id. */
    public static String s3HostId() {
        byte[] bytes = new byte[56];
        ThreadLocalRandom.current().nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private static String random(char[] alphabet, int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(id);
    }
}
