package labrepl.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentCodingTest {

    @Test
    void queryStringsDecodePlusAsSpaceAndKeepValuelessNames() {
        assertEquals(Map.of("prefix", "a b+c", "uploads", "", "list-type", "2"),
                PercentCoding.parseQuery("prefix=a+b%2Bc&uploads&list-type=2"));
    }

    @Test
    void pathsKeepPlusAndDecodeUtf8() {
        assertEquals("a+b \u00e9/\ud83d\ude00", PercentCoding.decodePath("a+b%20%C3%A9/%F0%9F%98%80"));
        assertEquals("100%", PercentCoding.decodePath("100%"));
    }

    @Test
    void listingEncodingKeepsSlashesAndEncodesTheRest() {
        assertEquals("a/b+c%26d%C3%A9%01", PercentCoding.encodeForListing("a/b c&d\u00e9\u0001"));
    }
}
