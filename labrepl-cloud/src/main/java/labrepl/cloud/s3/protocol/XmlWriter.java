package labrepl.cloud.s3.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Writes the XML documents S3 answers with: a declaration, a root element in S3's
 * namespace, nested elements with escaped text. Elements whose value is null are left
 * out, as S3 leaves out absent members.
 */
public final class XmlWriter {

    public static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();

    private XmlWriter() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** A document whose root element carries S3's namespace. */
    public static XmlWriter document(String root) {
        return document(root, S3_NAMESPACE);
    }

    /** A document whose root element carries another service's namespace (IAM's, STS's). */
    public static XmlWriter document(String root, String namespace) {
        XmlWriter writer = new XmlWriter();
        writer.out.append('<').append(root).append(" xmlns=\"").append(namespace).append("\">");
        writer.open.push(root);
        return writer;
    }

    /** A document whose root element has no namespace (S3's error bodies). */
    public static XmlWriter plainDocument(String root) {
        XmlWriter writer = new XmlWriter();
        writer.out.append('<').append(root).append('>');
        writer.open.push(root);
        return writer;
    }

    public XmlWriter start(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    public XmlWriter element(String name, String text) {
        if (text != null) {
            out.append('<').append(name).append('>');
            escape(text);
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** Text inside the element opened last. */
    public XmlWriter text(String text) {
        escape(text);
        return this;
    }

    public XmlWriter element(String name, long value) {
        return element(name, Long.toString(value));
    }

    public XmlWriter element(String name, boolean value) {
        return element(name, Boolean.toString(value));
    }

    public byte[] toBytes() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
