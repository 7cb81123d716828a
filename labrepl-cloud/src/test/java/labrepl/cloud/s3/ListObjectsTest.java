package labrepl.cloud.s3;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

@WithLocalCloud
class ListObjectsTest {

    private static final List<String> KEYS = List.of("a.txt", "docs/2024/report.pdf", "docs/2025/plan.md",
            "docs/readme.md", "img/logo.png", "img/photo one.jpg", "z\u00e9bra+plus&more.txt");

    @ClassCloud
    static S3Client s3;
    @ClassCloud
    static LocalCloud cloud;
    private static String bucket;

    @BeforeAll
    static void fillBucket() {
        bucket = newBucket(s3);
        for (String key : KEYS) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(key));
        }
    }

    private static List<String> keys(List<S3Object> objects) {
        return objects.stream().map(S3Object::key).toList();
    }

    private static List<String> prefixes(List<CommonPrefix> prefixes) {
        return prefixes.stream().map(CommonPrefix::prefix).toList();
    }

    @Test
    void listObjectsV2ReturnsEveryKeyInOrderWithSizesAndETags() {
        ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket));
        assertEquals(KEYS, keys(page.contents()));
        assertEquals(KEYS.size(), page.keyCount());
        assertFalse(page.isTruncated());
        S3Object first = page.contents().get(0);
        assertEquals(5L, first.size());
        assertTrue(first.eTag().startsWith("\""));
    }

    @Test
    void aDelimiterRollsKeysUpIntoCommonPrefixes() {
        ListObjectsV2Response top = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/"));
        assertEquals(List.of("a.txt", "z\u00e9bra+plus&more.txt"), keys(top.contents()));
        assertEquals(List.of("docs/", "img/"), prefixes(top.commonPrefixes()));
        ListObjectsV2Response docs = s3.listObjectsV2(b -> b.bucket(bucket).prefix("docs/").delimiter("/"));
        assertEquals(List.of("docs/readme.md"), keys(docs.contents()));
        assertEquals(List.of("docs/2024/", "docs/2025/"), prefixes(docs.commonPrefixes()));
    }

    @Test
    void paginationWithMaxKeysVisitsEveryKeyOnceAcrossPages() {
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (ListObjectsV2Response page : s3.listObjectsV2Paginator(b -> b.bucket(bucket).maxKeys(2))) {
            seen.addAll(keys(page.contents()));
            pages++;
        }
        assertEquals(KEYS, seen);
        assertEquals(4, pages);
    }

    @Test
    void paginationCountsCommonPrefixesAndNeverRepeatsOne() {
        List<String> seen = new ArrayList<>();
        for (ListObjectsV2Response page : s3.listObjectsV2Paginator(b -> b.bucket(bucket).maxKeys(1).delimiter("/"))) {
            seen.addAll(keys(page.contents()));
            seen.addAll(prefixes(page.commonPrefixes()));
        }
        assertEquals(List.of("a.txt", "docs/", "img/", "z\u00e9bra+plus&more.txt"), seen);
    }

    @Test
    void startAfterSkipsKeysUpToAndIncludingIt() {
        assertEquals(List.of("img/logo.png", "img/photo one.jpg", "z\u00e9bra+plus&more.txt"),
                keys(s3.listObjectsV2(b -> b.bucket(bucket).startAfter("docs/readme.md")).contents()));
    }

    @Test
    void listObjectsV1PagesWithMarkersAndReportsNextMarkerWithADelimiter() {
        ListObjectsResponse first = s3.listObjects(b -> b.bucket(bucket).maxKeys(3));
        assertTrue(first.isTruncated());
        assertNull(first.nextMarker());
        String marker = first.contents().get(2).key();
        ListObjectsResponse rest = s3.listObjects(b -> b.bucket(bucket).marker(marker));
        assertEquals(KEYS.subList(3, KEYS.size()), keys(rest.contents()));
        ListObjectsResponse delimited = s3.listObjects(b -> b.bucket(bucket).delimiter("/").maxKeys(2));
        assertEquals("docs/", delimited.nextMarker());
        assertTrue(delimited.contents().get(0).owner() != null);
    }

    @Test
    void maxKeysZeroReturnsNothing() {
        ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).maxKeys(0));
        assertTrue(page.contents().isEmpty());
        assertEquals(0, page.keyCount());
    }

    @Test
    void urlEncodingTypeEncodesKeysThatTheSdkDecodes() throws Exception {
        // The SDK asks for encoding-type=url and decodes; the raw answer shows the encoding.
        String xml = SignedHeaders.send(cloud.port(), "GET", "/" + bucket + "?list-type=2&encoding-type=url"
                + "&prefix=img", null).text();
        assertTrue(xml.contains("<Key>img/photo+one.jpg</Key>"), xml);
        assertTrue(xml.contains("<EncodingType>url</EncodingType>"), xml);
        assertEquals(List.of("img/logo.png", "img/photo one.jpg"),
                keys(s3.listObjectsV2(b -> b.bucket(bucket).prefix("img")).contents()));
    }
}
