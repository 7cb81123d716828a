package labrepl.cloud.s3.website;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlElement;
import labrepl.cloud.s3.protocol.XmlWriter;

/**
 * A bucket's static website configuration: an index document suffix and optional error
 * document with optional routing rules, or a redirect of every request to another host.
 */
public record WebsiteConfiguration(String indexSuffix, String errorKey, String redirectAllHost,
                                   String redirectAllProtocol, List<RoutingRule> rules) {

    /** The subresource name, and the key the configuration is stored under. */
    public static final String SUBRESOURCE = "website";

    /** A rule: when its condition holds (key prefix and/or error code), redirect as it says. */
    public record RoutingRule(String keyPrefixEquals, Integer errorCodeEquals, String protocol, String hostName,
                              String replaceKeyPrefixWith, String replaceKeyWith, Integer redirectCode) {

        /** Whether this rule applies to a key, before the object is looked up ({@code errorCode} null) or after an error. */
        boolean matches(String key, Integer errorCode) {
            boolean prefix = keyPrefixEquals == null || key.startsWith(keyPrefixEquals);
            boolean code = errorCodeEquals == null ? errorCode == null : errorCodeEquals.equals(errorCode);
            return prefix && code;
        }

        /** The key the request is redirected to. */
        String redirectKey(String key) {
            if (replaceKeyWith != null) {
                return replaceKeyWith;
            }
            if (replaceKeyPrefixWith != null) {
                String prefix = keyPrefixEquals == null ? "" : keyPrefixEquals;
                return replaceKeyPrefixWith + key.substring(prefix.length());
            }
            return key;
        }
    }

    /**
     * Reads a PutBucketWebsite body, with S3's checks.
     *
     * @throws S3Error MalformedXML or InvalidArgument
     */
    public static WebsiteConfiguration parse(byte[] body) {
        XmlElement root = XmlElement.parse(body, "WebsiteConfiguration");
        String suffix = root.child("IndexDocument").map(e -> e.childText("Suffix")).orElse(null);
        String errorKey = root.child("ErrorDocument").map(e -> e.childText("Key")).orElse(null);
        XmlElement redirectAll = root.child("RedirectAllRequestsTo").orElse(null);
        List<RoutingRule> rules = new ArrayList<>();
        root.child("RoutingRules").ifPresent(list -> list.children("RoutingRule").forEach(r -> rules.add(rule(r))));
        if (redirectAll != null) {
            if (suffix != null || errorKey != null || !rules.isEmpty()) {
                throw S3Error.invalidArgument("RedirectAllRequestsTo cannot be provided in conjunction with other"
                        + " Routing Rules.", "RedirectAllRequestsTo", "not null");
            }
            String host = redirectAll.childText("HostName");
            if (host == null || host.isEmpty()) {
                throw S3Error.malformedXml();
            }
            return new WebsiteConfiguration(null, null, host, protocol(redirectAll.childText("Protocol")), List.of());
        }
        if (suffix == null) {
            throw S3Error.invalidArgument("A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo"
                    + " is empty", "IndexDocument", null);
        }
        if (suffix.isEmpty() || suffix.contains("/")) {
            throw S3Error.invalidArgument("The IndexDocument Suffix is not well formed", "IndexDocument", suffix);
        }
        if (errorKey != null && errorKey.isEmpty()) {
            throw S3Error.invalidArgument("The length of the error document key must be at least 1.", "ErrorDocument",
                    errorKey);
        }
        return new WebsiteConfiguration(suffix, errorKey, null, null, List.copyOf(rules));
    }

    private static RoutingRule rule(XmlElement element) {
        XmlElement redirect = element.child("Redirect").orElseThrow(S3Error::malformedXml);
        String prefix = null;
        Integer errorCode = null;
        if (element.child("Condition").isPresent()) {
            XmlElement condition = element.child("Condition").get();
            prefix = condition.childText("KeyPrefixEquals");
            String code = condition.childText("HttpErrorCodeReturnedEquals");
            if (prefix == null && code == null) {
                throw S3Error.invalidArgument("Condition cannot be empty. To redirect all requests without a"
                        + " condition, the condition element shouldn't be present.", "Condition", null);
            }
            if (code != null) {
                errorCode = httpCode(code, 400, 599, "The provided HTTP error code (" + code + ") is not valid. Valid"
                        + " codes are 4XX or 5XX.", "HttpErrorCodeReturnedEquals");
            }
        }
        String replacePrefix = redirect.childText("ReplaceKeyPrefixWith");
        String replaceKey = redirect.childText("ReplaceKeyWith");
        if (replacePrefix != null && replaceKey != null) {
            throw S3Error.invalidArgument("You can only define ReplaceKeyPrefix or ReplaceKey but not both.",
                    "ReplaceKeyPrefixWith", replacePrefix);
        }
        String code = redirect.childText("HttpRedirectCode");
        Integer redirectCode = code == null ? null : httpCode(code, 301, 399, "The provided HTTP redirect code ("
                + code + ") is not valid. Valid codes are 3XX except 300.", "HttpRedirectCode");
        return new RoutingRule(prefix, errorCode, protocol(redirect.childText("Protocol")),
                redirect.childText("HostName"), replacePrefix, replaceKey, redirectCode);
    }

    private static String protocol(String value) {
        if (value == null || value.equals("http") || value.equals("https")) {
            return value;
        }
        throw S3Error.invalidArgument("Invalid protocol, protocol can be http or https. If not defined the protocol"
                + " will be selected automatically.", "Protocol", value);
    }

    private static int httpCode(String value, int low, int high, String message, String name) {
        try {
            int code = Integer.parseInt(value);
            if (code >= low && code <= high) {
                return code;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Error.invalidArgument(message, name, value);
    }

    /** The GetBucketWebsite document; also the form the configuration is stored in. */
    public String toXml() {
        XmlWriter xml = XmlWriter.document("WebsiteConfiguration");
        if (redirectAllHost != null) {
            xml.start("RedirectAllRequestsTo").element("HostName", redirectAllHost)
                    .element("Protocol", redirectAllProtocol).end();
        } else {
            xml.start("IndexDocument").element("Suffix", indexSuffix).end();
            if (errorKey != null) {
                xml.start("ErrorDocument").element("Key", errorKey).end();
            }
            if (!rules.isEmpty()) {
                xml.start("RoutingRules");
                for (RoutingRule rule : rules) {
                    xml.start("RoutingRule");
                    if (rule.keyPrefixEquals() != null || rule.errorCodeEquals() != null) {
                        xml.start("Condition")
                                .element("HttpErrorCodeReturnedEquals", rule.errorCodeEquals() == null
                                        ? null : rule.errorCodeEquals().toString())
                                .element("KeyPrefixEquals", rule.keyPrefixEquals()).end();
                    }
                    xml.start("Redirect").element("HostName", rule.hostName())
                            .element("HttpRedirectCode", rule.redirectCode() == null
                                    ? null : rule.redirectCode().toString())
                            .element("Protocol", rule.protocol())
                            .element("ReplaceKeyPrefixWith", rule.replaceKeyPrefixWith())
                            .element("ReplaceKeyWith", rule.replaceKeyWith()).end();
                    xml.end();
                }
                xml.end();
            }
        }
        return new String(xml.toBytes(), StandardCharsets.UTF_8);
    }

    /** Reads the form {@link #toXml()} stored. */
    public static WebsiteConfiguration fromStored(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
