package labrepl.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpHeadersTest {

    @Test
    void namesAreLookedUpWithoutRegardToCaseAndKeepTheirFirstSpelling() {
        HttpHeaders headers = new HttpHeaders().add("X-Amz-Target", "DynamoDB_20120810.ListTables");
        assertEquals("DynamoDB_20120810.ListTables", headers.first("x-amz-target"));
        assertEquals(List.of("X-Amz-Target"), headers.names());
        assertNull(headers.first("Content-Type"));
    }

    @Test
    void addKeepsEveryValueInOrderAndSetReplacesThem() {
        HttpHeaders headers = new HttpHeaders().add("Set-Cookie", "a=1").add("set-cookie", "b=2");
        assertEquals(List.of("a=1", "b=2"), headers.all("SET-COOKIE"));
        headers.set("Set-Cookie", "c=3");
        assertEquals(List.of("c=3"), headers.all("Set-Cookie"));
        assertTrue(headers.all("Missing").isEmpty());
    }

    @Test
    void fieldsKeepTheOrderTheyCameInWhenOneIsReplacedOrRemoved() {
        HttpHeaders headers = new HttpHeaders().add("A", "1").add("B", "2").add("C", "3");
        headers.set("b", "two").remove("A").add("a", "one");
        assertEquals(List.of("b", "C", "a"), headers.names());
        assertEquals("two", headers.first("B"));
    }
}
