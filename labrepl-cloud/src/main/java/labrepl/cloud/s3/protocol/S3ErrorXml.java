package labrepl.cloud.s3.protocol;

import java.util.Map;
import labrepl.cloud.http.CloudResponse;

/** Renders an {@link S3Error} as S3's XML error body. */
public final class S3ErrorXml {

    private S3ErrorXml() {
    }

    /**
     * {@code <Error><Code/><Message/>…details…<Resource/><RequestId/><HostId/></Error>}, with
     * the error code also in {@code x-amz-error-code} as a HEAD answer has no body to carry it.
     */
    public static CloudResponse render(S3Error error, String resource, String requestId, String hostId) {
        XmlWriter xml = XmlWriter.plainDocument("Error")
                .element("Code", error.code())
                .element("Message", error.getMessage());
        for (Map.Entry<String, String> detail : error.details().entrySet()) {
            xml.element(detail.getKey(), detail.getValue());
        }
        xml.element("Resource", resource).element("RequestId", requestId).element("HostId", hostId);
        return CloudResponse.bytes(error.status(), "application/xml", xml.toBytes());
    }
}
