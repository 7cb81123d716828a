package labrepl.cloud.s3.ops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.s3.protocol.PercentCoding;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.StoredObject;

/** ListObjectsV2 and ListObjects: prefix, delimiter (common prefixes) and pagination, keys in UTF-8 byte order. */
public final class ListOperations {

    private static final int MAX_KEYS = 1000;

    private final S3Storage storage;
    private final Authorizer authorizer;
    private final String ownerAccount;

    /** {@code ownerAccount} owns every bucket and object, and is shown as their Owner. */
    public ListOperations(S3Storage storage, Authorizer authorizer, String ownerAccount) {
        this.storage = storage;
        this.authorizer = authorizer;
        this.ownerAccount = ownerAccount;
    }

    /** One page of a listing: objects and common prefixes in order, and whether more remain. */
    private record Page(List<Map.Entry<String, StoredObject>> contents, List<String> commonPrefixes,
                        String lastReturned, boolean truncated) {
        int count() {
            return contents.size() + commonPrefixes.size();
        }
    }

    /** What both listings take from the query, read and checked once. */
    private record Listing(Bucket bucket, String prefix, String delimiter, int maxKeys, String encodingType,
                           UnaryOperator<String> encode) {

        /** A value as the listing writes it: url-encoded when asked for; null stays null. */
        String encoded(String text) {
            return text == null ? null : encode.apply(text);
        }
    }

    private Listing listing(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:ListBucket", null);
        String encodingType = request.query("encoding-type");
        return new Listing(bucket, request.query().getOrDefault("prefix", ""),
                emptyToNull(request.query("delimiter")), maxKeys(request.query("max-keys")), encodingType,
                encoding(encodingType));
    }

    public CloudResponse listObjectsV2(S3Request request) {
        Listing listing = listing(request);
        String token = request.query("continuation-token");
        String startAfter = emptyToNull(request.query("start-after"));
        Page page = list(listing, token != null ? decodeToken(token) : startAfter);
        boolean fetchOwner = "true".equalsIgnoreCase(request.query("fetch-owner"));
        XmlWriter xml = XmlWriter.document("ListBucketResult")
                .element("Name", listing.bucket().name())
                .element("Prefix", listing.encoded(listing.prefix()))
                .element("Delimiter", listing.encoded(listing.delimiter()))
                .element("MaxKeys", listing.maxKeys())
                .element("EncodingType", listing.encodingType())
                .element("KeyCount", page.count())
                .element("IsTruncated", page.truncated())
                .element("ContinuationToken", token)
                .element("NextContinuationToken", page.truncated() ? encodeToken(page.lastReturned()) : null)
                .element("StartAfter", listing.encoded(startAfter));
        writeEntries(xml, page, listing, fetchOwner ? ownerAccount : null);
        return CloudResponse.xml(xml.toBytes());
    }

    public CloudResponse listObjects(S3Request request) {
        Listing listing = listing(request);
        String marker = request.query().getOrDefault("marker", "");
        Page page = list(listing, emptyToNull(marker));
        // S3 sends NextMarker only with a delimiter; without one the last key is the next marker.
        boolean nextMarker = page.truncated() && listing.delimiter() != null;
        XmlWriter xml = XmlWriter.document("ListBucketResult")
                .element("Name", listing.bucket().name())
                .element("Prefix", listing.encoded(listing.prefix()))
                .element("Marker", listing.encoded(marker))
                .element("NextMarker", nextMarker ? listing.encoded(page.lastReturned()) : null)
                .element("MaxKeys", listing.maxKeys())
                .element("Delimiter", listing.encoded(listing.delimiter()))
                .element("IsTruncated", page.truncated())
                .element("EncodingType", listing.encodingType());
        writeEntries(xml, page, listing, ownerAccount);
        return CloudResponse.xml(xml.toBytes());
    }

    private static void writeEntries(XmlWriter xml, Page page, Listing listing, String ownerAccount) {
        for (Map.Entry<String, StoredObject> entry : page.contents()) {
            StoredObject object = entry.getValue();
            xml.start("Contents")
                    .element("Key", listing.encoded(entry.getKey()))
                    .element("LastModified", HttpDates.iso(object.lastModified()))
                    .element("ETag", object.etag())
                    .element("ChecksumAlgorithm", object.checksumAlgorithm())
                    .element("ChecksumType", object.checksumType())
                    .element("Size", object.size())
                    .element("StorageClass", object.metadata().storageClass() == null
                            ? "STANDARD" : object.metadata().storageClass());
            if (ownerAccount != null) {
                xml.start("Owner").element("ID", BucketOperations.canonicalId(ownerAccount)).end();
            }
            xml.end();
        }
        for (String commonPrefix : page.commonPrefixes()) {
            xml.start("CommonPrefixes").element("Prefix", listing.encoded(commonPrefix)).end();
        }
    }

    /** Walks the keys from {@code after} (exclusive), rolling keys up into common prefixes. */
    private Page list(Listing listing, String after) {
        String bucket = listing.bucket().name();
        String prefix = listing.prefix();
        String delimiter = listing.delimiter();
        int maxKeys = listing.maxKeys();
        List<Map.Entry<String, StoredObject>> contents = new ArrayList<>();
        List<String> commonPrefixes = new ArrayList<>();
        String start = after != null && compare(after, prefix) > 0 ? after : prefix;
        Iterator<Map.Entry<String, StoredObject>> entries = storage.objects().from(bucket, start);
        String last = null;
        while (entries.hasNext()) {
            Map.Entry<String, StoredObject> entry = entries.next();
            String key = entry.getKey();
            if (!key.startsWith(prefix)) {
                break;
            }
            if (after != null && compare(key, after) <= 0) {
                continue;
            }
            int cut = delimiter == null ? -1 : key.indexOf(delimiter, prefix.length());
            String item = cut < 0 ? key : key.substring(0, cut + delimiter.length());
            if (cut >= 0 && after != null && compare(item, after) <= 0) {
                entries = storage.objects().pastPrefix(bucket, item); // the page before ended inside this prefix
                continue;
            }
            if (contents.size() + commonPrefixes.size() >= maxKeys) {
                return new Page(contents, commonPrefixes, last, maxKeys > 0);
            }
            if (cut < 0) {
                contents.add(entry);
            } else {
                commonPrefixes.add(item);
                entries = storage.objects().pastPrefix(bucket, item);
            }
            last = item;
        }
        return new Page(contents, commonPrefixes, last, false);
    }

    private static int compare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static int maxKeys(String value) {
        if (value == null) {
            return MAX_KEYS;
        }
        try {
            int max = Integer.parseInt(value);
            if (max >= 0) {
                return Math.min(max, MAX_KEYS);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Error.invalidArgument("Provided max-keys not an integer or within integer range", "max-keys", value);
    }

    private static UnaryOperator<String> encoding(String encodingType) {
        if (encodingType == null) {
            return UnaryOperator.identity();
        }
        if (!encodingType.equals("url")) {
            throw S3Error.invalidArgument("Invalid Encoding Method specified in Request", "encoding-type",
                    encodingType);
        }
        return PercentCoding::encodeForListing;
    }

    private static String encodeToken(String lastKey) {
        return Base64.getUrlEncoder().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Error.invalidArgument("The continuation token provided is incorrect", "continuation-token", token);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
