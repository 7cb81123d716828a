package labrepl.helpers.format;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import labrepl.helpers.clients.AttemptCounter;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.model.S3ResponseMetadata;

/**
 * The {@code ResponseMetadata} block boto3 adds to every response: request id, S3's host id,
 * HTTP status, headers (lower-case names, as botocore keeps them) and retries.
 */
final class ResponseMetadata {

    private ResponseMetadata() {
    }

    static Map<String, Object> of(SdkResponse response) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (response instanceof AwsResponse) {
            var aws = ((AwsResponse) response).responseMetadata();
            if (aws != null) {
                metadata.put("RequestId", aws.requestId());
                if (aws instanceof S3ResponseMetadata) {
                    metadata.put("HostId", ((S3ResponseMetadata) aws).extendedRequestId());
                }
            }
        }
        SdkHttpResponse http = response.sdkHttpResponse();
        if (http != null) {
            metadata.put("HTTPStatusCode", http.statusCode());
            Map<String, Object> headers = new LinkedHashMap<>();
            http.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
            metadata.put("HTTPHeaders", headers);
        }
        AttemptCounter.retries(response).ifPresent(retries -> metadata.put("RetryAttempts", retries));
        return metadata;
    }
}
