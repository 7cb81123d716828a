package labrepl.cloud.s3.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlElementTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsDocumentsWithOrWithoutS3sNamespace() {
        XmlElement plain = XmlElement.parse(utf8("<Delete><Object><Key>a</Key></Object></Delete>"), "Delete");
        assertEquals("a", plain.children("Object").get(0).childText("Key"));
        XmlElement namespaced = XmlElement.parse(utf8("<Delete xmlns=\"" + XmlWriter.S3_NAMESPACE
                + "\"><Quiet>true</Quiet></Delete>"), "Delete");
        assertEquals("true", namespaced.childText("Quiet"));
    }

    @Test
    void refusesDoctypesSoNoEntityCanReadAFile() {
        S3Error error = assertThrows(S3Error.class, () -> XmlElement.parse(utf8("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Delete><Quiet>&x;</Quiet></Delete>"),
                "Delete"));
        assertEquals("MalformedXML", error.code());
    }

    @Test
    void refusesBrokenXmlAndTheWrongRoot() {
        assertEquals("MalformedXML", assertThrows(S3Error.class,
                () -> XmlElement.parse(utf8("<Delete>"), "Delete")).code());
        assertEquals("MalformedXML", assertThrows(S3Error.class,
                () -> XmlElement.parse(utf8("<Other/>"), "Delete")).code());
    }

    @Test
    void writerEscapesTextAndLeavesOutNulls() {
        String xml = new String(XmlWriter.document("R").element("A", "<&>\"'").element("B", (String) null)
                .element("C", 3).toBytes(), StandardCharsets.UTF_8);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<R xmlns=\"" + XmlWriter.S3_NAMESPACE
                + "\"><A>&lt;&amp;&gt;&quot;&apos;</A><C>3</C></R>", xml);
    }
}
