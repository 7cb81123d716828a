package labrepl.cloud.s3.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One element of an XML request body (CreateBucketConfiguration, Delete, …), read with
 * DTDs and external entities refused. Names are compared without namespace prefixes, as
 * S3 accepts documents with or without its namespace.
 */
public final class XmlElement {

    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private final Element element;

    private XmlElement(Element element) {
        this.element = element;
    }

    /**
     * Parses a request body whose root must be {@code root}.
     *
     * @throws S3Error MalformedXML when the body is not well-formed or has another root
     */
    public static XmlElement parse(byte[] body, String root) {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(null);
            Element top = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
            XmlElement parsed = new XmlElement(top);
            if (!parsed.name().equals(root)) {
                throw S3Error.malformedXml();
            }
            return parsed;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw S3Error.malformedXml();
        }
    }

    public String name() {
        String local = element.getLocalName();
        return local != null ? local : element.getTagName();
    }

    /** The element's text with surrounding whitespace removed. */
    public String text() {
        return element.getTextContent().strip();
    }

    /** The element's text exactly as sent: for object keys, where every byte counts. */
    public String exactText() {
        return element.getTextContent();
    }

    /** The exact text of the named child, or null when there is none. */
    public String childExactText(String name) {
        return child(name).map(XmlElement::exactText).orElse(null);
    }

    public List<XmlElement> children() {
        List<XmlElement> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(new XmlElement(child));
            }
        }
        return children;
    }

    public List<XmlElement> children(String name) {
        return children().stream().filter(child -> child.name().equals(name)).toList();
    }

    public Optional<XmlElement> child(String name) {
        return children().stream().filter(child -> child.name().equals(name)).findFirst();
    }

    /** The text of the named child, or null when there is none. */
    public String childText(String name) {
        return child(name).map(XmlElement::text).orElse(null);
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot refuse DTDs", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
