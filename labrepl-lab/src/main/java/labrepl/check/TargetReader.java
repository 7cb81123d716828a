package labrepl.check;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import labrepl.helpers.clients.Confirmation;
import labrepl.helpers.clients.LabClients;
import labrepl.helpers.clients.Redactor;
import labrepl.helpers.web.AnonymousWeb;
import labrepl.helpers.web.WebPage;
import labrepl.target.CallerIdentity;
import labrepl.target.Target;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A target as the checks see it: SDK clients that can only read, the account and region the
 * lab's names are built from, and the web as an anonymous visitor reaches it.
 */
public final class TargetReader implements AutoCloseable {

    private final Target target;
    private final LabClients clients;
    private volatile String accountId;

    private TargetReader(Target target) {
        this.target = target;
        // Nobody confirms a deletion: the read-only guard refuses every one before it could be asked.
        this.clients = LabClients.forTarget(target, new Redactor(), Confirmation.NO_TERMINAL,
                List.of(new ReadOnlyGuard(Labs.functionsThatOnlyRead())));
    }

    public static TargetReader of(Target target) {
        return new TargetReader(target);
    }

    public Target target() {
        return target;
    }

    public String region() {
        return target.region();
    }

    /** The account of the target's credentials, asked of STS once. */
    public String accountId() {
        String known = accountId;
        if (known == null) {
            known = CallerIdentity.accountOf(target);
            accountId = known;
        }
        return known;
    }

    /** The name the lab gives its website bucket: {@code customerswebsite-REGION-ACCOUNT_ID}. */
    public String labBucketName() {
        return "customerswebsite-" + region() + "-" + accountId();
    }

    public S3Client s3() {
        return clients.s3();
    }

    public DynamoDbClient dynamodb() {
        return clients.dynamodb();
    }

    public LambdaClient lambda() {
        return clients.client(LambdaClient.class);
    }

    public ApiGatewayV2Client apigateway() {
        return clients.client(ApiGatewayV2Client.class);
    }

    /**
     * Where a browser opens the bucket's website: the local cloud's {@code *.localhost} address or
     * AWS's; empty for another endpoint, whose website address (if it has websites) is not known.
     */
    public Optional<URI> websiteUrl(String bucket) {
        return target.kind() == Target.Kind.ENDPOINT ? Optional.empty() : Optional.of(target.websiteUrl(bucket));
    }

    /** A GET as an anonymous visitor's browser makes it: no credentials. */
    public WebPage fetch(URI url) throws IOException, InterruptedException {
        return AnonymousWeb.get(url);
    }

    @Override
    public void close() {
        clients.close();
    }
}
