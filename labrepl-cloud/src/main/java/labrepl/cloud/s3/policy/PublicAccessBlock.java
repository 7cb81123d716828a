package labrepl.cloud.s3.policy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlElement;
import labrepl.cloud.s3.protocol.XmlWriter;

/**
 * A bucket's Block Public Access settings. New buckets have all four on, as on AWS since
 * April 2023; a bucket whose configuration was deleted blocks nothing.
 */
public record PublicAccessBlock(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy,
                                boolean restrictPublicBuckets) {

    public static final PublicAccessBlock ALL_ON = new PublicAccessBlock(true, true, true, true);
    public static final PublicAccessBlock NONE = new PublicAccessBlock(false, false, false, false);

    /** The subresource name, and the key the stored configuration is kept under. */
    public static final String SUBRESOURCE = "publicAccessBlock";

    /**
     * Reads a PutPublicAccessBlock body; a setting left out is off, as S3 treats it.
     *
     * @throws S3Error MalformedXML for anything else
     */
    public static PublicAccessBlock parse(byte[] body) {
        XmlElement root = XmlElement.parse(body, "PublicAccessBlockConfiguration");
        for (XmlElement child : root.children()) {
            if (!child.name().matches("BlockPublicAcls|IgnorePublicAcls|BlockPublicPolicy|RestrictPublicBuckets")) {
                throw S3Error.malformedXml();
            }
        }
        return new PublicAccessBlock(flag(root, "BlockPublicAcls"), flag(root, "IgnorePublicAcls"),
                flag(root, "BlockPublicPolicy"), flag(root, "RestrictPublicBuckets"));
    }

    /** Reads the form {@link #toXml()} stored. */
    public static PublicAccessBlock fromStored(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean flag(XmlElement root, String name) {
        String text = root.childText(name);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw S3Error.malformedXml();
        };
    }

    /** The GetPublicAccessBlock document; also the form it is stored in. */
    public String toXml() {
        return new String(XmlWriter.document("PublicAccessBlockConfiguration")
                .element("BlockPublicAcls", blockPublicAcls)
                .element("IgnorePublicAcls", ignorePublicAcls)
                .element("BlockPublicPolicy", blockPublicPolicy)
                .element("RestrictPublicBuckets", restrictPublicBuckets)
                .toBytes(), StandardCharsets.UTF_8);
    }
}
