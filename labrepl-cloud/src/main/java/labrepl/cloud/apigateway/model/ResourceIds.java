package labrepl.cloud.apigateway.model;

import java.util.concurrent.ThreadLocalRandom;

/** Identifiers in API Gateway's shapes: lower-case letters and digits, 10 for an API, fewer for its parts. */
public final class ResourceIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private ResourceIds() {
    }

    public static String api() {
        return random(10);
    }

    public static String route() {
        return random(7);
    }

    public static String integration() {
        return random(7);
    }

    public static String deployment() {
        return random(6);
    }

    private static String random(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
