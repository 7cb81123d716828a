package labrepl.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShorthandTest {

    @Test
    void keysAndValuesSeparatedByCommasAreAMap() {
        assertEquals(Map.of("AttributeName", "ID", "AttributeType", "S"), Shorthand.parse("AttributeName=ID,AttributeType=S"));
    }

    @Test
    void valuesAfterAKeyUpToTheNextKeyAreAList() {
        assertEquals(Map.of("Values", List.of("a", "b", "c"), "Name", "n"), Shorthand.parse("Values=a,b,c,Name=n"));
        assertEquals(Map.of("Values", List.of("a", "b")), Shorthand.parse("Values=[a,b]"));
        assertEquals(Map.of("Values", List.of()), Shorthand.parse("Values=[]"));
    }

    @Test
    void bracesNestAStructureAndQuotesKeepSeparators() {
        assertEquals(Map.of("ID", Map.of("S", "ABC123")), Shorthand.parse("ID={S=ABC123}"));
        assertEquals(Map.of("Expr", "a = b, c", "Other", "x"), Shorthand.parse("Expr='a = b, c',Other=x"));
        assertEquals(Map.of("Text", "a,b"), Shorthand.parse("Text=a\\,b"));
        assertEquals(Map.of("Tags", List.of(Map.of("Key", "k", "Value", "v"))), Shorthand.parse("Tags=[{Key=k,Value=v}]"));
    }

    @Test
    void aMistakeNamesWhereItIs() {
        MirrorException e = assertThrows(MirrorException.class, () -> Shorthand.parse("ID={S=ABC"));
        assertTrue(e.getMessage().contains("'}' was expected"), e.getMessage());
        assertThrows(MirrorException.class, () -> Shorthand.parse("=x"));
    }
}
